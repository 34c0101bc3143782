// bytes and bytearray as the interpreter holds them. A leaf module (the value union and the
// type names import it); their behaviour is in bytes.ts and methods/bytesMethods.ts.

/** An immutable bytes object. */
export class PyBytes {
  /** Its dict-key text, made on first use (see equality.ts's hashKey). */
  hashText: string | null = null;
  constructor(readonly data: Uint8Array) {}
}

/** A bytearray: bytes that change in place (append, extend, item assignment). */
export class PyByteArray {
  constructor(public data: Uint8Array) {}
}

/** The bytes of a bytes or bytearray, or null for any other value. */
export function bytesData(v: unknown): Uint8Array | null {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.data;
  return null;
}

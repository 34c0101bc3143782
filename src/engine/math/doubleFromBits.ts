// A double from its IEEE bits written in hex (16 digits), for the tables of glibc's functions.

const view = new DataView(new ArrayBuffer(8));

export function doubleFromBits(hex: string): number {
  view.setUint32(0, parseInt(hex.slice(0, 8), 16));
  view.setUint32(4, parseInt(hex.slice(8), 16));
  return view.getFloat64(0);
}

/** The high 32 bits of x's IEEE representation (sign, exponent, top of the mantissa). */
export function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0);
}

/** The low 32 bits of x's IEEE representation (the bottom of the mantissa). */
export function lowWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(4);
}

// `bytes % args` and `bytearray % args` (PEP 461): the numbers as str's %-formatting makes
// them, with bytes' own %s/%b (bytes-like values or __bytes__), %c (one byte) and errors.

import { PyByteArray, PyBytes, bytesData } from './bytesValue';
import { latin1Text } from './codecs';
import { ascii } from './formatValue';
import { callSpecial } from './instances';
import { instanceIndex } from './numberHooks';
import { PyInstance } from './objects';
import { formatPercent, type PercentFlavour } from './percentFormat';
import { repr } from './repr';
import { fail, typeError } from './state';
import { typeName } from './typeName';
import type { PyValue } from './values';

/** The bytes of latin-1 text: every character of the text is below 256. */
function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** What %s and %b take: bytes-like values as they are, other objects by their __bytes__. */
function bytesOf(v: PyValue): string {
  const data = bytesData(v);
  if (data !== null) return latin1Text(data);
  const made = v instanceof PyInstance ? callSpecial(v, '__bytes__', []) : undefined;
  if (made === undefined) {
    throw typeError(
      `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`,
    );
  }
  if (!(made instanceof PyBytes)) {
    throw typeError(`__bytes__ returned non-bytes (type ${typeName(made)})`);
  }
  return latin1Text(made.data);
}

const bytesFlavour: PercentFlavour = {
  noun: 'bytes',
  key: (text) => new PyBytes(latin1Bytes(text)),
  text: (type, v) => (type === 's' || type === 'b' ? bytesOf(v) : ascii(repr(v))),
  char: (v) => {
    const data = bytesData(v);
    if (data !== null && data.length === 1) return String.fromCharCode(data[0]);
    const code = typeof v === 'bigint' ? v : typeof v === 'boolean' ? BigInt(v) : instanceIndex(v);
    if (code === undefined)
      throw typeError('%c requires an integer in range(256) or a single byte');
    if (code < 0n || code > 255n) throw fail('OverflowError', '%c arg not in range(256)');
    return String.fromCharCode(Number(code));
  },
  floatError: (v) => `float argument required, not ${typeName(v)}`,
};

/** `b % args`: bytes for bytes, a bytearray for a bytearray. */
export function bytesPercentFormat(b: PyBytes | PyByteArray, args: PyValue): PyValue {
  const data = latin1Bytes(formatPercent(latin1Text(b.data), args, bytesFlavour));
  return b instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

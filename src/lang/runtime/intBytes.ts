// int.to_bytes and int.from_bytes: an int as a run of bytes, most significant first ('big')
// or last ('little'), two's complement when signed.

import { bindBuiltin } from './args';
import { bytesData, PyBytes } from './bytesValue';
import { isIterable, itemsOf } from './iteration';
import { byteValue } from './bytes';
import { asInt } from './numbers';
import { fail, typeError } from './state';
import { typeName } from './typeName';
import { Builtin, type Kwargs, type PyValue } from './values';
import { argTypeName } from './typeName';

function byteOrder(fname: string, v: PyValue | undefined): 'big' | 'little' {
  if (v === undefined) return 'big';
  if (typeof v !== 'string') {
    throw typeError(`${fname}() argument 'byteorder' must be str, not ${argTypeName(v)}`);
  }
  if (v !== 'big' && v !== 'little') {
    throw fail('ValueError', "byteorder must be either 'little' or 'big'");
  }
  return v;
}

function isTrue(v: PyValue | undefined): boolean {
  return v !== undefined && v !== false && v !== 0n && v !== null;
}

/** `n.to_bytes(length=1, byteorder='big', *, signed=False)`. */
export function toBytes(n: bigint, args: PyValue[], kw: Kwargs): PyValue {
  const [lengthArg, orderArg, signedArg] = bindBuiltin(
    'to_bytes',
    ['length', 'byteorder', 'signed'],
    0,
    args,
    kw,
  );
  const length = lengthArg === undefined ? 1n : asInt(lengthArg);
  if (length === undefined) {
    throw typeError(`'${typeName(lengthArg!)}' object cannot be interpreted as an integer`);
  }
  if (length < 0n) throw fail('ValueError', 'length argument must be non-negative');
  const order = byteOrder('to_bytes', orderArg);
  const signed = isTrue(signedArg);
  if (n < 0n && !signed) throw fail('OverflowError', "can't convert negative int to unsigned");
  const bits = 8n * length;
  const fits = signed
    ? n >= -(1n << (bits - 1n > 0n ? bits - 1n : 0n)) && n < 1n << (bits > 0n ? bits - 1n : 0n)
    : n < 1n << bits;
  if (!fits || (length === 0n && n !== 0n)) throw fail('OverflowError', 'int too big to convert');
  let u = n < 0n ? (1n << bits) + n : n;
  const out = new Uint8Array(Number(length));
  for (let i = out.length - 1; i >= 0; i--) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  if (order === 'little') out.reverse();
  return new PyBytes(out);
}

/** `int.from_bytes(bytes, byteorder='big', *, signed=False)`. */
export const INT_FROM_BYTES = new Builtin('from_bytes', (args, kw) => {
  const [source, orderArg, signedArg] = bindBuiltin(
    'from_bytes',
    ['bytes', 'byteorder', 'signed'],
    1,
    args,
    kw,
  );
  let data = bytesData(source!);
  if (data === null) {
    // CPython's PyBytes_FromObject: a str, or anything not iterable, is refused by its type.
    if (typeof source === 'string' || !isIterable(source!)) {
      throw typeError(`cannot convert '${typeName(source!)}' object to bytes`);
    }
    data = Uint8Array.from(itemsOf(source!), (x) => byteValue(x, 'bytes must be in range(0, 256)'));
  }
  const bytes = byteOrder('from_bytes', orderArg) === 'little' ? data.slice().reverse() : data;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if (isTrue(signedArg) && bytes.length > 0 && bytes[0] >= 0x80)
    n -= 1n << BigInt(8 * bytes.length);
  return n;
});

// What bytes and bytearray do at the shared dispatch points: construction, +, *, ordering,
// `in`, indexing and slicing, hashing. The method tables are in methods/bytesMethods.ts.

import { asInt } from './numbers';
import { fail, typeError, checkSize } from './state';
import { typeName } from './typeName';
import { encodeText } from './codecs';
import { PyByteArray, PyBytes, bytesData } from './bytesValue';
import { PySlice, type Kwargs, type PyValue } from './values';
import { itemsOf } from './iteration';
import { bindBuiltin } from './args';
import { argTypeName } from './typeName';

export { PyByteArray, PyBytes, bytesData };

/** A new bytes or bytearray (the kind of `like`) holding `data`. */
export function sameKind(like: PyBytes | PyByteArray, data: Uint8Array): PyBytes | PyByteArray {
  return like instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

/** An int that must be a byte (an item of bytes([...]), `x in b`, bytearray.append). */
export function byteValue(v: PyValue, message = 'byte must be in range(0, 256)'): number {
  const n = asInt(v);
  if (n === undefined)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n < 0n || n > 255n) throw fail('ValueError', message);
  return Number(n);
}

/** The bytes of an iterable of ints (`bytes([104, 105])`, `bytearray(range(3))`). */
function bytesOfInts(v: PyValue): Uint8Array {
  const items = itemsOf(v);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++)
    out[i] = byteValue(items[i], 'bytes must be in range(0, 256)');
  return out;
}

/** bytes(…) / bytearray(…): from nothing, a size, bytes, ints, or a str with its encoding. */
export function makeBytes(kind: 'bytes' | 'bytearray', args: PyValue[], kw: Kwargs): PyValue {
  const [source, encoding, errors] = bindBuiltin(
    kind,
    ['source', 'encoding', 'errors'],
    0,
    args,
    kw,
  );
  let data: Uint8Array;
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      throw typeError('encoding or errors without sequence argument');
    }
    data = new Uint8Array(0);
  } else if (typeof source === 'string') {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    if (typeof encoding !== 'string') {
      throw typeError(`${kind}() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
    }
    const how = errors ?? 'strict';
    if (typeof how !== 'string') {
      throw typeError(`${kind}() argument 'errors' must be str, not ${argTypeName(how)}`);
    }
    data = encodeText(source, encoding, how);
  } else if (encoding !== undefined || errors !== undefined) {
    throw typeError(
      encoding !== undefined
        ? 'encoding without a string argument'
        : 'errors without a string argument',
    );
  } else {
    const own = bytesData(source);
    if (own !== null) {
      if (kind === 'bytes' && source instanceof PyBytes) return source;
      data = own.slice();
    } else {
      const n = typeof source === 'number' ? undefined : asInt(source);
      if (n !== undefined) {
        if (n < 0n) throw fail('ValueError', 'negative count');
        checkSize(Number(n), `this ${kind}`);
        data = new Uint8Array(Number(n));
      } else if (typeof source === 'number' || source === null || typeof source === 'boolean') {
        throw typeError(`cannot convert '${typeName(source)}' object to ${kind}`);
      } else {
        data = bytesOfInts(source);
      }
    }
  }
  return kind === 'bytes' ? new PyBytes(data) : new PyByteArray(data);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  checkSize(a.length + b.length, 'these bytes');
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** `a + b` with bytes or a bytearray on the left. */
export function bytesConcat(a: PyBytes | PyByteArray, b: PyValue): PyValue {
  const other = bytesData(b);
  if (other === null) throw typeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
  return sameKind(a, concat(a.data, other));
}

/** `b * n`, n already an int. */
export function bytesRepeat(b: PyBytes | PyByteArray, n: number): PyValue {
  const k = n < 0 ? 0 : n;
  checkSize(b.data.length * k, 'these bytes');
  const out = new Uint8Array(b.data.length * k);
  for (let i = 0; i < k; i++) out.set(b.data, i * b.data.length);
  return sameKind(b, out);
}

/** -1, 0 or 1: bytes order byte by byte, a prefix first. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Where `needle` first occurs in `hay` at or after `from`, or -1. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** `x in b`: an int is a byte, bytes a run of bytes. */
export function bytesContains(container: Uint8Array, x: PyValue): boolean {
  const needle = bytesData(x);
  if (needle !== null) return indexOfBytes(container, needle) >= 0;
  if (typeof x === 'bigint' || typeof x === 'boolean' || asInt(x) !== undefined) {
    return container.includes(byteValue(x));
  }
  throw typeError(`a bytes-like object is required, not '${typeName(x)}'`);
}

/** The dict key of a bytes value: its bytes as text, marked apart from any str's key. */
export function bytesKey(b: PyBytes): string {
  if (b.hashText !== null) return b.hashText;
  let out = '\u0002b';
  for (let i = 0; i < b.data.length; i += 8192) {
    out += String.fromCharCode(...b.data.subarray(i, i + 8192));
  }
  b.hashText = out;
  return out;
}

/** `b[k]`: an int for an index, the same kind for a slice. */
export function bytesItem(
  o: PyBytes | PyByteArray,
  k: PyValue,
  slice: (length: number, s: PySlice) => [number, number, number, number],
): PyValue {
  if (k instanceof PySlice) {
    const [start, , step, count] = slice(o.data.length, k);
    if (step === 1) return sameKind(o, o.data.slice(start, start + count));
    const out = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = o.data[j];
    return sameKind(o, out);
  }
  const n = asInt(k);
  if (n === undefined) {
    throw typeError(
      `byte${o instanceof PyByteArray ? 'array' : ''} indices must be integers or slices, not ${typeName(k)}`,
    );
  }
  const len = BigInt(o.data.length);
  const j = n < 0n ? n + len : n;
  if (j < 0n || j >= len) {
    throw fail(
      'IndexError',
      o instanceof PyByteArray ? 'bytearray index out of range' : 'index out of range',
    );
  }
  return BigInt(o.data[Number(j)]);
}

/** `ba[k] = v` on a bytearray (an index: an int; a slice: bytes or ints). */
export function byteArraySetItem(
  o: PyByteArray,
  k: PyValue,
  v: PyValue,
  slice: (length: number, s: PySlice) => [number, number, number, number],
): void {
  if (k instanceof PySlice) {
    const [start, stop, step, count] = slice(o.data.length, k);
    const items = bytesData(v) ?? (typeof v === 'string' ? null : bytesOfInts(v));
    if (items === null)
      throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
    if (step === 1) {
      const end = Math.max(start, stop);
      const out = new Uint8Array(o.data.length - (end - start) + items.length);
      out.set(o.data.subarray(0, start), 0);
      out.set(items, start);
      out.set(o.data.subarray(end), start + items.length);
      o.data = out;
      return;
    }
    if (items.length !== count) {
      throw fail(
        'ValueError',
        `attempt to assign bytes of size ${items.length} to extended slice of size ${count}`,
      );
    }
    for (let i = 0, j = start; i < count; i++, j += step) o.data[j] = items[i];
    return;
  }
  const n = asInt(k);
  if (n === undefined)
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(k)}`);
  const len = BigInt(o.data.length);
  const j = n < 0n ? n + len : n;
  if (j < 0n || j >= len) throw fail('IndexError', 'bytearray index out of range');
  o.data[Number(j)] = byteValue(v);
}

/** `repr(b)`. */
export { bytesRepr } from '../format/bytesRepr';

/** The ints of a bytes value, for iteration and list(). */
export function bytesInts(data: Uint8Array): PyValue[] {
  return Array.from(data, (b) => BigInt(b));
}

// A user object as a number: `__index__` (where Python wants an int: indexing, slicing, bin,
// range), `__int__` and `__float__` (int() and float()), with CPython's checks of what they
// return.

import { ownSpecial } from './ownSpecial';
import { PyInstance } from './objects';
import { PyBuiltinInstance } from './builtinSubclass';
import { typeError } from './state';
import { typeName } from './typeName';
import { PyNamedTuple, type PyValue } from './values';

function asIntResult(r: PyValue, method: string): bigint {
  if (typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1n : 0n;
  throw typeError(`${method} returned non-int (type ${typeName(r)})`);
}

/** `v.__index__()` checked to be an int; undefined when v is not an object defining it. */
export function instanceIndex(v: PyValue): bigint | undefined {
  // An int subclass's instance is an int already: CPython takes its value, never its __index__.
  if (v instanceof PyBuiltinInstance && typeof v.payload === 'bigint') return v.payload;
  const r = ownSpecial(v, '__index__', []);
  return r === undefined ? undefined : asIntResult(r, '__index__');
}

/** int(v) by `__int__`, else `__index__`; undefined when v defines neither. */
export function instanceInt(v: PyValue): bigint | undefined {
  const r = ownSpecial(v, '__int__', []);
  return r === undefined ? instanceIndex(v) : asIntResult(r, '__int__');
}

/**
 * int(v)'s last resort (CPython 3.11's PyNumber_Long, deprecated but working): `__trunc__`,
 * whose result must be an int or have `__index__`; undefined when v does not define it.
 */
export function instanceTrunc(v: PyValue): bigint | undefined {
  const r = ownSpecial(v, '__trunc__', []);
  if (r === undefined) return undefined;
  if (typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1n : 0n;
  const i = instanceIndex(r);
  if (i === undefined) throw typeError(`__trunc__ returned non-Integral (type ${typeName(r)})`);
  return i;
}

/** float(v) by `__float__`, else `__index__`; undefined when v defines neither. */
export function instanceFloat(v: PyValue): number | undefined {
  if (!(v instanceof PyInstance || v instanceof PyNamedTuple)) return undefined;
  const r = ownSpecial(v, '__float__', []);
  if (r === undefined) {
    const i = instanceIndex(v);
    return i === undefined ? undefined : Number(i);
  }
  if (typeof r !== 'number') {
    throw typeError(`${v.cls.name}.__float__ returned non-float (type ${typeName(r)})`);
  }
  return r;
}

// len() and range(): Python's lengths (a program's __len__ checked as CPython checks it, up to
// its Py_ssize_t) and range's arguments.

import { callTupleOverride } from '../runtime/namedTupleOverrides';
import { bytesData } from '../runtime/bytes';
import { intOf } from '../runtime/smallInts';
import { callSpecial } from '../runtime/instances';
import { PyClass, PyInstance } from '../runtime/objects';
import { checkLengthFits, lengthResult } from '../runtime/lengthResult';
import { noKeywords } from '../runtime/args';
import { setSize } from '../runtime/smallSet';
import { strLength } from '../runtime/iteration';
import { asInt } from '../runtime/numbers';
import { typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import {
  PyDeque,
  PyDict,
  PyDictView,
  PyRange,
  PySet,
  PyNamedTuple,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../runtime/values';
import type {} from './context';

/** Python's len(v), a small answer shared (len() runs in hot loops). */
/** The largest length CPython's len() returns: its Py_ssize_t. */
const MAX_SSIZE = (1n << 63n) - 1n;

export function len(v: PyValue): bigint {
  const n = length(v);
  if (typeof n !== 'bigint' || n <= MAX_SSIZE) return typeof n === 'bigint' ? n : intOf(n);
  // A range's length is computed as a C int; a __len__'s result is checked as an index.
  throw fail(
    'OverflowError',
    v instanceof PyRange
      ? 'Python int too large to convert to C ssize_t'
      : "cannot fit 'int' into an index-sized integer",
  );
}

export function length(v: PyValue): number | bigint {
  if (Array.isArray(v)) return v.length;
  if (typeof v === 'string') return strLength(v);
  if (v instanceof PyTuple) {
    const own = v instanceof PyNamedTuple ? callTupleOverride(v, '__len__', []) : undefined;
    return own === undefined ? v.items.length : lengthResult(own);
  }
  if (v instanceof PyDict) return v.map.size;
  if (v instanceof PySet) return setSize(v);
  if (v instanceof PyDictView) return v.dict.map.size;
  if (v instanceof PyRange) {
    return checkLengthFits(v.length, 'Python int too large to convert to C ssize_t');
  }
  if (v instanceof PyClass && v.meta?.length !== undefined) return v.meta.length(v);
  if (v instanceof PyClass && v.meta?.iterate !== undefined) return v.meta.iterate(v).length;
  if (v instanceof PyInstance) {
    const n = callSpecial(v, '__len__', []);
    if (n !== undefined) return lengthResult(n);
    // `__len__ = None`: CPython's len() calls it.
    if (v.cls.lookup('__len__') === null) throw typeError("'NoneType' object is not callable");
  }
  if (v instanceof PyDeque) return v.length;
  const data = bytesData(v);
  if (data !== null) return data.length;
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

function rangeArg(v: PyValue): bigint {
  const i = asInt(v);
  if (i === undefined)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

export function makeRange(args: PyValue[], kw: Kwargs): PyRange {
  noKeywords('range', kw);
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0n, rangeArg(args[0]), 1n);
  const step = args.length === 3 ? rangeArg(args[2]) : 1n;
  if (step === 0n) throw fail('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(rangeArg(args[0]), rangeArg(args[1]), step);
}

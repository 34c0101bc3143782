// Python's truth value of every tgrad value (`if xs:`, `while n:`, `not v`, `and`/`or`).

import { callTupleOverride } from './namedTupleOverrides';
import { callSpecial } from './instances';
import { PyInstance } from './objects';
import { lengthResult } from './lengthResult';
import { typeError } from './state';
import { typeName } from './typeName';
import { PyByteArray, PyBytes } from './bytesValue';
import { PyDeque, PyDict, PyDictView, PyRange, PySet, PyTuple, type PyValue } from './values';

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PyTuple) {
    return v.constructor === PyTuple ? v.items.length > 0 : namedTupleTruth(v);
  }
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyRange) return v.length > 0n;
  if (v instanceof PyDictView) return v.dict.map.size > 0;
  if (v instanceof PyDeque) return v.length > 0;
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.data.length > 0;
  if (v instanceof PyInstance) return instanceTruth(v);
  return true;
}

/** A namedtuple's truth: its class's own __bool__ or __len__, else whether it has items. */
function namedTupleTruth(v: PyTuple): boolean {
  const b = callTupleOverride(v, '__bool__', []);
  if (b !== undefined) return boolResult(b);
  const n = callTupleOverride(v, '__len__', []);
  return n !== undefined ? lengthTruth(n) : v.items.length > 0;
}

/** __bool__, else __len__ != 0, else True. */
function instanceTruth(v: PyInstance): boolean {
  const b = callSpecial(v, '__bool__', []);
  if (b !== undefined) return boolResult(b);
  const n = callSpecial(v, '__len__', []);
  return n !== undefined ? lengthTruth(n) : true;
}

function boolResult(b: PyValue): boolean {
  if (typeof b !== 'boolean') {
    throw typeError(`__bool__ should return bool, returned ${typeName(b)}`);
  }
  return b;
}

/** A __len__'s result as truth, checked as len() checks it (>= 0, within Py_ssize_t). */
function lengthTruth(n: PyValue): boolean {
  return lengthResult(n) !== 0n;
}

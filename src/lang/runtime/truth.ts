// Python's truth value of every tgrad value (`if xs:`, `while n:`, `not v`, `and`/`or`).

import { callSpecial } from './instances';
import { PyInstance } from './objects';
import { typeError } from './state';
import { typeName } from './typeName';
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
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyRange) return v.length > 0n;
  if (v instanceof PyDictView) return v.dict.map.size > 0;
  if (v instanceof PyDeque) return v.items.length > 0;
  if (v instanceof PyInstance) return instanceTruth(v);
  return true;
}

/** __bool__, else __len__ != 0, else True. */
function instanceTruth(v: PyInstance): boolean {
  const b = callSpecial(v, '__bool__', []);
  if (b !== undefined) {
    if (typeof b !== 'boolean') {
      throw typeError(`__bool__ should return bool, returned ${typeName(b)}`);
    }
    return b;
  }
  const n = callSpecial(v, '__len__', []);
  if (n !== undefined) {
    if (typeof n !== 'bigint' && typeof n !== 'boolean') {
      throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    }
    return n !== 0n && n !== false;
  }
  return true;
}

// Python's truth value of every tgrad value (`if xs:`, `while n:`, `not v`, `and`/`or`).

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
  return true;
}

// Augmented assignment (`x += y`): lists, sets and dicts change in place, as Python's
// __iadd__/__ior__/… do (so an alias sees the change); everything else is `x = x op y`.
// On a Value `v += 1` makes a new Value and rebinds the name, as in Python.

import { discardAll, replaceSet, setIntersection, toggleSet, updateSet } from './setMerge';
import type { BinaryOperator } from '../ast';
import { binary } from './arith';
import { asInt, mixedFloat } from './numbers';
import { itemsOf } from './iteration';
import { updateDict } from './methods/dictMethods';
import { PyInstance } from './objects';
import { callTupleOverride } from './namedTupleOverrides';
import { inplaceError, inplaceName, instanceInplace, NOT_IMPLEMENTED } from './special';
import { checkSize } from './state';
import {
  PyCounter,
  PyDeque,
  PyDict,
  PyFrozenSet,
  PyNamedTuple,
  PySet,
  type PyValue,
} from './values';
import { dequeBinary } from './methods/dequeMethods';
import { counterInplace } from './counterArith';
import { PyByteArray } from './bytesValue';

/**
 * `a op= b` for two floats or a float and an int (+, -, *), or two ints (+, -), with nothing
 * to look up; undefined for anything else (division and powers have their own errors and
 * rules, an int product its size check): the counters and sums of loops (`n += 1`,
 * `N[i][j] += 1`, `total += x`).
 */
export function quickInplace(op: BinaryOperator, a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    if (op === '+') return a + b;
    if (op === '-') return a - b;
    if (op === '*') return a * b;
  } else if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (op === '+') return a + b;
    if (op === '-') return a - b;
  } else if (op === '+' || op === '-' || op === '*') {
    // A float and an int: micrograd's grad starts as int 0 and grows by floats.
    return mixedFloat(op, a, b);
  }
  return undefined;
}

export function inplace(op: BinaryOperator, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyInstance) return instanceInplace(op, a, b);
  if (a instanceof PyNamedTuple) {
    // A namedtuple class's own `__iadd__`…, else `a = a op b` as for any tuple.
    const r = callTupleOverride(a, inplaceName(op), [b]);
    if (r !== undefined && r !== NOT_IMPLEMENTED) return r;
  }
  if (a instanceof PyCounter && b instanceof PyCounter) {
    const r = counterInplace(op, a, b);
    if (r !== undefined) return r;
  }
  if (a instanceof PyDeque && (op === '+' || op === '*')) {
    const r = dequeBinary(op, a, b, true);
    if (r !== undefined) return r;
  }
  if (Array.isArray(a)) {
    if (op === '+') {
      const items = itemsOf(b);
      checkSize(a.length + items.length, 'this list');
      const copy = items === a ? a.slice() : items;
      for (let i = 0; i < copy.length; i++) a.push(copy[i]);
      return a;
    }
    if (op === '*') {
      const n = asInt(b);
      if (n !== undefined) {
        const result = binary('*', a, b) as PyValue[];
        a.length = 0;
        for (let i = 0; i < result.length; i++) a.push(result[i]);
        return a;
      }
    }
  } else if (a instanceof PySet && !(a instanceof PyFrozenSet) && b instanceof PySet) {
    // A frozenset never changes: `fs |= s` binds a new one, through the binary operator.
    switch (op) {
      case '|':
        updateSet(a, b);
        return a;
      case '&':
        replaceSet(a, setIntersection(a, b));
        return a;
      case '-':
        discardAll(a, b);
        return a;
      case '^':
        toggleSet(a, b);
        return a;
    }
  } else if (a instanceof PyByteArray && (op === '+' || op === '*')) {
    // A bytearray grows in place, so an alias sees the change.
    a.data = (binary(op, a, b) as PyByteArray).data;
    return a;
  } else if (a instanceof PyDict && op === '|') {
    updateDict(a, b, 'dictionary');
    return a;
  }
  try {
    return binary(op, a, b);
  } catch (e) {
    throw inplaceError(e, op, a, b);
  }
}

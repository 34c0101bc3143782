// `a op b` at one site of compiled code when a side is an instance of a user class: the
// special method is found through the site's caches (see LookupSite) and called in a frame
// made at its size. Only the common cases are taken here, each with Python's exact rules:
// an instance on the left whose right side is not an instance of another class (so the
// reflected method never goes first and never follows), and a non-instance on the left
// with an instance on the right (only the reflected method can answer). Everything else,
// and a special method that is not a plain function, is special.ts's general path.

import type { BinaryOperator } from '../ast';
import { binary, builtinFallback } from './arith';
import { call2 } from './frames';
import { LookupSite } from './lookupSite';
import { PyInstance } from './objects';
import { NOT_IMPLEMENTED, reflectedName, forwardName, unsupportedOperands } from './special';
import { PyFunction, type PyValue } from './values';
import { bytesData } from './bytesValue';

function isBytes(v: PyValue): boolean {
  return bytesData(v) !== null;
}

export function binarySite(op: BinaryOperator): (a: PyValue, b: PyValue) => PyValue {
  const forward = new LookupSite(forwardName(op));
  const reflected = new LookupSite(reflectedName(op));
  return (a, b) => {
    if (a instanceof PyInstance) {
      if (!(b instanceof PyInstance) || b.cls === a.cls) {
        const m = forward.get(a.cls);
        if (m instanceof PyFunction) {
          const r = call2(m, a, b);
          if (r !== NOT_IMPLEMENTED) return r;
          // The reflected method is not tried: b is not an instance, or of a's own class.
          return declined(op, a, b);
        }
      }
    } else if (b instanceof PyInstance && !(op === '%' && (typeof a === 'string' || isBytes(a)))) {
      const m = reflected.get(b.cls);
      if (m instanceof PyFunction) {
        const r = call2(m, b, a);
        if (r !== NOT_IMPLEMENTED) return r;
        return declined(op, a, b);
      }
    }
    return binary(op, a, b);
  };
}

/** Both special methods declined: a built-in operand's own rule (`[1] * obj`), else the TypeError. */
function declined(op: BinaryOperator, a: PyValue, b: PyValue): PyValue {
  const fallback = builtinFallback(op, a, b);
  return fallback !== null ? fallback() : unsupportedOperands(op, a, b);
}

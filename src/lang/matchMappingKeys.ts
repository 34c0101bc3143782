// CPython's compiler refuses a mapping pattern whose literal keys repeat (`{"a": 1, "a": 2}`):
// `mapping pattern checks duplicate key ('a')`, placed at the whole mapping pattern. Keys are
// compared as a set compares them, so `1`, `1.0` and `True` are one key; the message shows the
// repeated key as written the second time. Outer patterns are checked before inner ones.

import type * as A from './ast';
import type { Span } from './errors';
import { floatRepr, intRepr, strRepr } from './format';
import { bytesRepr } from './format/bytesRepr';

/** A key's identity under Python's == and hash, for the literal kinds a pattern may hold. */
function keyOf(v: A.Constant['value']): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return `n:${v ? 1 : 0}`;
  if (typeof v === 'bigint') return `n:${v}`;
  if (typeof v === 'number') {
    // An integral float equals the int (`1.0 == 1`); -0.0 equals 0.
    return Number.isInteger(v) ? `n:${BigInt(v)}` : `f:${v}`;
  }
  if (typeof v === 'string') return `s:${v}`;
  return `b:${Array.from(v).join(',')}`;
}

/** The key's repr, as CPython's message shows it. */
function shown(v: A.Constant['value']): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return intRepr(v);
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  return bytesRepr(v);
}

/** Reports the first repeated literal key of any mapping pattern in `p`, pre-order. */
export function checkMappingKeys(p: A.Pattern, report: (message: string, at: Span) => void): void {
  switch (p.type) {
    case 'MatchMapping': {
      const seen = new Set<string>();
      for (const key of p.keys) {
        if (key.type !== 'Constant') continue;
        const k = keyOf(key.value);
        if (seen.has(k)) {
          report(`mapping pattern checks duplicate key (${shown(key.value)})`, p);
          return;
        }
        seen.add(k);
      }
      p.patterns.forEach((q) => checkMappingKeys(q, report));
      return;
    }
    case 'MatchSequence':
    case 'MatchOr':
      p.patterns.forEach((q) => checkMappingKeys(q, report));
      return;
    case 'MatchClass':
      [...p.patterns, ...p.kwdPatterns].forEach((q) => checkMappingKeys(q, report));
      return;
    case 'MatchAs':
      checkMappingKeys(p.pattern, report);
      return;
    default:
      return;
  }
}

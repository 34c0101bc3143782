// Where CPython 3.11 reports an attribute access that spans lines (`x \` then `.foo`, or a
// chained `(model\n    .forward(x))`): at the attribute's name, on its line, through the
// end of `end` (compile.c's update_start_location_to_match_attr, for loads, stores, deletes
// and method calls).

import type * as A from '../ast';
import type { Span } from '../errors';

/** The span of `e` (or of the call `end` whose callee it is) as CPython places it. */
export function attributeSpan(e: A.Attribute, end: Span = e): Span {
  if (e.line === e.endLine) return end;
  return {
    ...end,
    line: e.endLine,
    col: e.endCol - e.attr.length,
    endLine: end.endLine,
    endCol: end.endCol,
  };
}

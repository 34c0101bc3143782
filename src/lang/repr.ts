// Python's repr(), str() and type names of program values, for the kernel's hovers and output.
// A host shows whatever a program bound, so these never throw: where Python's own repr()
// would refuse (an int of more than 4300 digits), the text says what the value is instead.

import { bitLength } from './runtime/numbers';
import { repr as pyRepr, str as pyStr } from './runtime/repr';
import type { PyValue } from './runtime/values';

export { typeName } from './runtime/repr';

function shown(v: PyValue, text: (v: PyValue) => string): string {
  try {
    return text(v);
  } catch {
    return typeof v === 'bigint'
      ? `<int of about ${Math.ceil(bitLength(v) * Math.log10(2))} digits>`
      : `<${typeof v === 'object' && v !== null ? 'container' : 'value'} too large to show>`;
  }
}

/** Python's repr(v), or a short description when Python would refuse to write it. */
export function repr(v: PyValue): string {
  return shown(v, pyRepr);
}

/** Python's str(v), or a short description when Python would refuse to write it. */
export function str(v: PyValue): string {
  return shown(v, pyStr);
}

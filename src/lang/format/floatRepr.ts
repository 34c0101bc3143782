import { shortestDigits } from './decimalDigits';
import { layoutDigits } from './floatLayout';

/**
 * Python's `repr(float)` / `str(float)`: the shortest digits that read back as `x`, laid out
 * with an exponent below 1e-4 and from 1e16 up (`1e-05`, `1e+16`), else with a point (`2.0`).
 */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // JS writes this range in plain decimal with the same shortest digits.
    const text = String(x);
    return text.includes('.') ? text : text + '.0';
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x < 0 ? '-inf' : 'inf';
  const { digits, exp } = shortestDigits(ax);
  return (x < 0 ? '-' : '') + layoutDigits(digits, exp + 1, 'r', 0, true, false);
}

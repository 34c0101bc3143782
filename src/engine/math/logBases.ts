// log2 and log10 with glibc's digits, so that CPython's are printed: glibc's log2 is Arm's
// algorithm (glibcLog2.ts), its log10 a formula over ln (below). V8's Math.log2 and
// Math.log10 miss CPython's last digit for about one argument in two hundred and one in sixty.

import { log } from './expLog';
import { glibcLog2 } from './glibcLog2';

/** log base 2 as glibc computes it (exact for powers of two). */
export function log2(x: number): number {
  return glibcLog2(x);
}

const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;
const words = new DataView(new ArrayBuffer(8));

/**
 * log base 10 as glibc computes it, which is not correctly rounded: x = m·2^k with m in
 * [1, 2) (in [½, 1) when k < 0), then k·log10(2) in two parts around log10(e)·ln m, with ln
 * correctly rounded as glibc's is. Exact for powers of ten.
 */
export function log10(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  let v = x;
  if (v < 2.2250738585072014e-308) {
    k -= 54;
    v *= 2 ** 54;
  }
  words.setFloat64(0, v);
  const hx = words.getUint32(0);
  k += (hx >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  words.setUint32(0, (hx & 0x000fffff) | ((0x3ff - i) << 20));
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * log(words.getFloat64(0));
  return z + y * LOG10_2HI;
}

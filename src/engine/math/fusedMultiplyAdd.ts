// C's fma(a, b, c): a·b + c rounded once. glibc's exp, log and pow, as built for a CPU with
// FMA (every x86-64 CPU since 2013, and arm64), fuse their multiply-adds, so matching their
// last bit needs the fused rounding. Boldo and Melquiond's emulation: the exact product
// ph + pl (Dekker), the exact sum c + ph = th + tl (Knuth), then th + (tl + pl) where the
// inner sum is rounded to odd, which makes the outer rounding the correct one.

import { productError } from './doubleDouble';

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** The index of the low 32-bit word of a double on this (little-endian) machine. */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** x + y rounded to odd: an inexact sum gets an odd last bit (the neighbour toward the rest). */
function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  const bb = s - x;
  const rest = x - (s - bb) + (y - bb);
  if (rest === 0 || !Number.isFinite(s)) return s;
  bits[0] = s;
  if ((words[LOW] & 1) === 1) return s;
  // Even: step one unit toward the rest (away from zero when it has s's sign).
  const away = rest > 0 === s > 0;
  const low = words[LOW];
  if (away) {
    words[LOW] = low + 1;
    if (low === 0xffffffff) words[1 - LOW] += 1;
  } else {
    words[LOW] = low - 1;
    if (low === 0) words[1 - LOW] -= 1;
  }
  return bits[0];
}

/** a·b + c with a single rounding, for finite operands whose product stays below 2^996. */
export function fma(a: number, b: number, c: number): number {
  const ph = a * b;
  const pl = productError(a, b, ph);
  const th = c + ph;
  const bb = th - c;
  const tl = c - (th - bb) + (ph - bb);
  return th + addRoundToOdd(tl, pl);
}

// A correctly rounded fused multiply-add, a*b + c with a single rounding, in plain
// double arithmetic. JavaScript has no Math.fma, and the libm routines that CPython's
// `gauss` calls on this platform (glibc's FMA builds of log, sin and cos) use fused
// operations, so reproducing their last bit needs one.
//
// Method: Boldo and Melquiond, "Emulation of FMA and correctly rounded sums: proved
// algorithms using rounding to odd" (IEEE Trans. Computers, 2008), algorithm 5:
//   (uh, ul) = a*b exactly (Dekker's product),  (th, tl) = c + uh exactly (Knuth's 2Sum),
//   v = RO(tl + ul) rounded to odd,             result = RN(th + v).
// Rounding to odd is what makes the final rounding correct: it keeps the sticky
// information that a plain round-to-nearest of tl + ul would lose. Valid when nothing
// overflows and a*b is far from the subnormal range, which holds for every call made
// by the libm routines here (all operands are within a few hundred binades of 1).

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// Index of the low 32-bit word of a double in `words` (0 on little-endian hosts).
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/** 2^27 + 1: Veltkamp's constant, splits a double into two 26-bit halves. */
const SPLITTER = 134217729;

/** x + y rounded to odd: exact sums stay, inexact ones take the neighbour with an odd last bit. */
function addRoundToOdd(x: number, y: number): number {
  const s = x + y;
  const yv = s - x;
  const err = x - (s - yv) + (y - yv);
  if (err === 0) return s;
  bits[0] = s;
  const low = words[LOW];
  if ((low & 1) === 1) return s;
  // The exact sum lies strictly between s and its neighbour on err's side; that
  // neighbour is odd. Moving the bit pattern by one moves the magnitude by one ulp.
  if (s > 0 === err > 0) {
    words[LOW] = low + 1; // even, so no carry into the high word
  } else if (low === 0) {
    words[LOW] = 0xffffffff;
    words[HIGH] -= 1;
  } else {
    words[LOW] = low - 1;
  }
  return bits[0];
}

/** a*b + c rounded once to nearest (ties to even), like the x86 vfmadd instructions. */
export function fma(a: number, b: number, c: number): number {
  const uh = a * b;
  // Zero, infinite or NaN products need no error term (and Dekker's split would give NaN).
  if (uh === 0 || uh - uh !== 0 || c - c !== 0) return uh + c;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const ul = ah * bh - uh + ah * bl + al * bh + al * bl;
  const th = c + uh;
  const cv = th - c;
  const tl = c - (th - cv) + (uh - cv);
  return th + addRoundToOdd(tl, ul);
}

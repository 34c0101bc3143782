// cbrt as glibc computes it (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython's math.cbrt
// calls: a degree-6 polynomial first guess on the mantissa, one Halley step, and the exponent
// split by three. It is not correctly rounded (cbrt(27) is 3.0000000000000004), and V8's
// Math.cbrt differs from it in the last digit for about half of arguments.

import { frexp } from './floatSteps';

// glibc's constants, written as the shortest decimals of the same doubles.
const CBRT2 = 1.2599210498948732;
const SQR_CBRT2 = 1.5874010519681996;
/** 2^(n/3) for n = -2..2, each rounded as C computes the quotients. */
const FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u =
    0.35489576504391984 +
    (1.508191937815849 +
      (-2.114994941673713 +
        (2.4469312256353444 +
          (-1.8346927748361308 + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  // C's % and / truncate toward zero.
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * FACTOR[2 + (xe % 3)];
  // |xe / 3| <= 358: 2 ** k is exact and the product rounds once (the result is normal).
  return (x > 0 ? ym : -ym) * 2 ** Math.trunc(xe / 3);
}

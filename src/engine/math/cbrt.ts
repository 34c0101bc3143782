// math.cbrt as glibc computes it (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython calls on
// Linux: a degree-6 polynomial guess on the mantissa, one rational (Halley) step and a scale
// by 2**(e/3). It is not correctly rounded, and V8's Math.cbrt (fdlibm's) gives another last
// digit for about half of arguments; this one gives glibc's digits.

import { frexp } from './floatSteps';

const CBRT2 = 1.2599210498948732; // 2**(1/3)
const SQR_CBRT2 = 1.5874010519681996; // 2**(2/3)

/** Indexed by 2 + e % 3 (C's remainder: -2..2). */
const FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
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
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * FACTOR[2 + (xe % 3)];
  // ym is in [0.5, 1.6) and |xe / 3| <= 358: the power of two and the product are exact.
  return (x > 0 ? ym : -ym) * 2 ** Math.trunc(xe / 3);
}

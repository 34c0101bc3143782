// asinh and acosh as fdlibm's s_asinh.c and e_acosh.c compute them, which glibc's are and so
// CPython's on Linux. V8's Math.asinh and Math.acosh are the same formulas over a log that
// is not correctly rounded, and miss CPython's last digit for a few percent of arguments;
// log and log1p here are glibc's (glibcLog.ts, glibcLog1p.ts).
//
// From fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
// SunPro, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
// this software is freely granted, provided that this notice is preserved.

import { log } from './expLog';
import { glibcLog1p } from './glibcLog1p';

const LN2 = 6.93147180559945286227e-1;
const view = new DataView(new ArrayBuffer(8));

/** The upper 32 bits of x's encoding without the sign: glibc's branches compare these. */
function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getUint32(0) & 0x7fffffff;
}

export function asinh(x: number): number {
  const ix = highWord(x);
  if (ix < 0x3e300000) return x;
  if (ix >= 0x7ff00000) return x + x;
  const xa = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) w = log(xa) + LN2;
  else if (ix > 0x40000000) w = log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
  else {
    const t = xa * xa;
    w = glibcLog1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return x < 0 ? -w : w;
}

/** acosh(x) for x >= 1 (NaN below, which the caller reports). */
export function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x >= 2 ** 28) return x === Infinity ? x : log(x) + LN2;
  if (x === 1) return 0.0;
  if (highWord(x) > 0x40000000) return log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  const t = x - 1.0;
  return glibcLog1p(t + Math.sqrt(2.0 * t + t * t));
}

/**
 * atanh(x) for |x| < 1 as glibc's e_atanh.c computes it over its log1p (NaN at and past ±1,
 * which the caller reports).
 */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * glibcLog1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * glibcLog1p((xa + xa) / (1.0 - xa));
  else return NaN;
  return x < 0 ? -t : t;
}

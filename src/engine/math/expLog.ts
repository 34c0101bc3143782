// e^x and ln x as glibc computes them (glibcExp.ts, glibcLog.ts: Arm's table-driven algorithms
// with the fused multiply-adds of glibc's build for current processors), so a program prints
// CPython's digits; V8's Math.exp and Math.log are a last bit off for about one argument in
// ten, and even correctly rounded results miss glibc's for about one in a thousand.

import { glibcExp } from './glibcExp';
import { glibcLog } from './glibcLog';
import { plainExp, plainLog } from './plainRoundings';

export function exp(x: number): number {
  // The plain steps' answer when certain (plainRoundings.ts), else the fused steps'.
  const quick = plainExp(x, 0);
  return Number.isNaN(quick) ? glibcExp(x) : quick;
}

export function log(x: number): number {
  // C's special values: glibcLog.ts takes finite positive arguments.
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  const quick = plainLog(x);
  return Number.isNaN(quick) ? glibcLog(x) : quick;
}

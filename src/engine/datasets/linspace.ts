// numpy.linspace, to the bit: the datasets lay points out with it and the language
// exposes it as linspace(a, b, n).

import { MAX_POINTS, checkWholeNumber } from './arguments';

/**
 * n evenly spaced numbers from a to b (b included unless `endpoint` is false), computed
 * as numpy does: step = (b - a) / (n - 1) (or / n without the endpoint), value i is
 * i * step + a, and the last one is exactly b. When step underflows to 0, value i is
 * (i / (n - 1)) * (b - a) + a instead. n = 0 gives [], n = 1 gives [a].
 */
export function linspace(a: number, b: number, n: number, endpoint = true): number[] {
  checkWholeNumber('linspace', 'n', n, 0, MAX_POINTS);
  const div = endpoint ? n - 1 : n;
  const delta = b - a;
  const ys = new Array<number>(n);
  if (div > 0) {
    const step = delta / div;
    if (step === 0) {
      for (let i = 0; i < n; i++) ys[i] = (i / div) * delta + a;
    } else {
      for (let i = 0; i < n; i++) ys[i] = i * step + a;
    }
  } else {
    for (let i = 0; i < n; i++) ys[i] = i * delta + a;
  }
  if (endpoint && n > 1) ys[n - 1] = b;
  return ys;
}

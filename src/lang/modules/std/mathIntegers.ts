// math, continued: counting (comb, perm, lcm) and the float decompositions (modf, frexp,
// ldexp, fmod) and dist, with CPython's results and errors.

import { frexp } from '../../../engine/math/floatSteps';
import { vectorNorm } from '../../../engine/math/vectorNorm';
import { realArg } from '../../builtins/math';
import { bindArgs, exactArgs, indexArg } from '../../runtime/args';
import { itemsOf } from '../../runtime/iteration';
import { fail, typeError } from '../../runtime/state';
import { Builtin, PyTuple, type BuiltinImpl, type PyValue } from '../../runtime/values';

/**
 * n and k read through __index__ (whose TypeError names the type alone), both before either
 * is checked, as CPython reads them.
 */
function nonNegative(nArg: PyValue, kArg: PyValue): [bigint, bigint] {
  const n = indexArg(nArg);
  const k = indexArg(kArg);
  if (n < 0n) throw fail('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw fail('ValueError', 'k must be a non-negative integer');
  return [n, k];
}

/** n * (n-1) * … * (n-k+1). */
function fallingProduct(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return r;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** x * 2**i, exact unless it overflows (OverflowError) or underflows to a subnormal. */
function ldexp(x: number, i: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  let r = x;
  let k = i;
  // Scale in steps that stay exact until the last one.
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
    if (!Number.isFinite(r)) break;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  r *= 2 ** k;
  if (!Number.isFinite(r)) throw fail('OverflowError', 'math range error');
  return r;
}

export function mathIntegerFunctions(): [string, Builtin][] {
  const fns: [string, BuiltinImpl][] = [
    [
      'comb',
      (args, kw) => {
        exactArgs('comb', 2, args, kw);
        const [n, kGiven] = nonNegative(args[0], args[1]);
        let k = kGiven;
        if (k > n) return 0n;
        if (k > n - k) k = n - k;
        let r = 1n;
        for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
        return r;
      },
    ],
    [
      'perm',
      (args, kw) => {
        const [nArg, kArg] = bindArgs('perm', ['n', 'k'], 1, args, kw);
        // perm(n) is factorial(n) in CPython, with factorial's error for a negative n.
        if ((kArg === undefined || kArg === null) && indexArg(nArg!) < 0n) {
          throw fail('ValueError', 'factorial() not defined for negative values');
        }
        const [n, k] = nonNegative(nArg!, kArg === undefined || kArg === null ? nArg! : kArg);
        return k > n ? 0n : fallingProduct(n, k);
      },
    ],
    [
      'lcm',
      (args, kw) => {
        bindArgs('lcm', [], 0, [], kw);
        let l = 1n;
        for (const a of args) {
          const v = indexArg(a);
          if (v === 0n) return 0n;
          const abs = v < 0n ? -v : v;
          l = (l / gcd(l, abs)) * abs;
        }
        return l;
      },
    ],
    [
      'modf',
      (args, kw) => {
        exactArgs('modf', 1, args, kw);
        const x = realArg('modf', args[0], true);
        if (Number.isNaN(x)) return new PyTuple([x, x]);
        if (!Number.isFinite(x)) return new PyTuple([Math.sign(x) * 0, x]);
        const whole = Math.trunc(x);
        // The fraction keeps x's sign, a zero one included (modf(-2.0) is (-0.0, -2.0)).
        const frac = x - whole === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : x - whole;
        return new PyTuple([frac, whole === 0 && x < 0 ? -0 : whole]);
      },
    ],
    [
      'frexp',
      (args, kw) => {
        exactArgs('frexp', 1, args, kw);
        const [m, e] = frexp(realArg('frexp', args[0], true));
        return new PyTuple([m, BigInt(e)]);
      },
    ],
    [
      'ldexp',
      (args, kw) => {
        exactArgs('ldexp', 2, args, kw);
        const x = realArg('ldexp', args[0], true);
        // CPython wants an int itself here (no __index__).
        const a = args[1];
        if (typeof a !== 'bigint' && typeof a !== 'boolean') {
          throw typeError('Expected an int as second argument to ldexp.');
        }
        const i = typeof a === 'boolean' ? BigInt(a) : a;
        const clamped = i > 100000n ? 100000 : i < -100000n ? -100000 : Number(i);
        return ldexp(x, clamped);
      },
    ],
    [
      'fmod',
      (args, kw) => {
        exactArgs('fmod', 2, args, kw);
        const x = realArg('fmod', args[0], true);
        const y = realArg('fmod', args[1], true);
        if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
        if (!Number.isFinite(x) || y === 0) throw fail('ValueError', 'math domain error');
        return x % y;
      },
    ],
    [
      'dist',
      (args, kw) => {
        exactArgs('dist', 2, args, kw);
        const p = itemsOf(args[0]);
        const q = itemsOf(args[1]);
        if (p.length !== q.length) {
          throw fail('ValueError', 'both points must have the same number of dimensions');
        }
        const diffs = p.map((a, i) => realArg('dist', a, true) - realArg('dist', q[i], true));
        return vectorNorm(diffs);
      },
    ],
  ];
  return fns.map(([name, impl]) => [name, new Builtin(name, impl)]);
}

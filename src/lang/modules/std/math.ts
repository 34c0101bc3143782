// The math module on numbers, with CPython's results: exp, log, sin, cos and pow correctly
// rounded (src/engine/math, the digits glibc gives CPython); exp, tanh, sqrt, sin and cos
// also take a Value, as the built-ins of those names do (builtins/math.ts), and refuse
// anything else with CPython's message.

import { ownSpecial } from '../../runtime/ownSpecial';
import * as cr from '../../../engine/math';
import { erf, erfc } from '../../../engine/math/erf';
import { nextafter, remainder, ulp } from '../../../engine/math/floatSteps';
import { vectorNorm } from '../../../engine/math/vectorNorm';
import { gamma, lgamma, type GammaError } from '../../../engine/math/gamma';
import { acosh, asinh, atanh } from '../../../engine/math/inverseHyperbolic';
import { glibcLog1p } from '../../../engine/math/glibcLog1p';
import { acos, asin, atan, atan2 } from '../../../engine/math/inverseTrig';
import { Value } from '../../../engine';
import { defineAll, unary } from '../../builtins/core';
import { payloadOf } from '../../runtime/builtinSubclass';
import { typeName } from '../../runtime/repr';
import { realArg, valueMathFunctions } from '../../builtins/math';
import { binary } from '../../runtime/arith';
import { bindArgs, bindBuiltin, exactArgs, indexArg, noKeywords } from '../../runtime/args';
import { iterate } from '../../runtime/iteration';
import { floatToInt, intSqrt } from '../../runtime/numbers';
import { fail, rt, typeError, work } from '../../runtime/state';
import type { Kwargs, PyValue } from '../../runtime/values';
import { shared, type StdContext } from './context';
import { mathIntegerFunctions } from './mathIntegers';

function domainError(): never {
  throw fail('ValueError', 'math domain error');
}

function rangeError(): never {
  throw fail('OverflowError', 'math range error');
}

/** A one-argument function of a float, with CPython's errors for a result it refuses. */
function real1(name: string, f: (x: number) => number) {
  return unary(`math.${name}`, (x) => f(realArg(name, x, true)));
}

/** log2 or log10: ints of any size through logHelper, a non-positive float a domain error. */
function logFunction(name: string, f: (x: number) => number) {
  const checked = (x: number): number => (x > 0 || Number.isNaN(x) ? f(x) : domainError());
  return unary(`math.${name}`, (x) => logHelper(name, x, checked));
}

/** A gamma function's value, or the error C's errno stands for. */
function gammaResult(r: number | GammaError): number {
  if (r === 'domain') return domainError();
  if (r === 'range') return rangeError();
  return r;
}

function predicate(name: string, f: (x: number) => boolean) {
  return (args: PyValue[], kw: Kwargs): PyValue => {
    exactArgs(`math.${name}`, 1, args, kw);
    return f(realArg(name, args[0], true));
  };
}

/**
 * CPython's loghelper: an int too big for a float is logged as x * 2 ** e (frexp of the
 * int, rounded half-even to 53 bits), func(x) + func(2.0) * e; a non-positive int is a
 * domain error before any conversion.
 */
function logHelper(name: string, v: PyValue, f: (x: number) => number): number {
  if (typeof v !== 'bigint') return f(realArg(name, v, true));
  if (v <= 0n) domainError();
  const whole = Number(v);
  if (whole !== Infinity) return f(whole);
  const bits = v.toString(2).length;
  const shift = BigInt(bits - 55);
  // 55 leading bits and a sticky bit for the rest: Number() then rounds them as frexp does.
  let top = v >> shift;
  if ((v & ((1n << shift) - 1n)) !== 0n) top |= 1n;
  let x = Number(top) / 2 ** 55;
  let e = bits;
  if (x === 1) {
    x = 0.5;
    e++;
  }
  return f(x) + f(2.0) * e;
}

export function naturalLog(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!(x > 0)) domainError();
  return cr.log(x);
}

function mathPow(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x === 1 || y === 0 ? 1 : NaN;
  if (x === 0 && y < 0 && Number.isFinite(y)) domainError();
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) domainError();
  const r = cr.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
  return r;
}

/** Shewchuk's exact sum of floats, rounded once (CPython's math.fsum). */
export function fsum(xs: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of xs) {
    if (!Number.isFinite(x)) {
      // CPython resets the partials at an inf or a nan: its result is special anyway.
      if (Number.isNaN(x)) special = NaN;
      else infSum += x;
      partials.length = 0;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    // CPython's checks: a finite sum that overflows is an error at once; a zero is dropped.
    if (!Number.isFinite(x)) throw fail('OverflowError', 'intermediate overflow in fsum');
    if (x !== 0) partials.push(x);
  }
  if (Number.isNaN(infSum)) throw fail('ValueError', '-inf + inf in fsum');
  if (Number.isNaN(special)) return NaN;
  if (infSum !== 0) return infSum;
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  // Round half-even across the remaining partials, as CPython does.
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return hi;
}

function floats(name: string, iterable: PyValue): number[] {
  const out: number[] = [];
  const it = iterate(iterable);
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(realArg(name, x, true));
  return out;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function mathModule(s: StdContext): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  m.set('pi', Math.PI);
  m.set('e', Math.E);
  m.set('tau', 2 * Math.PI);
  m.set('inf', Infinity);
  m.set('nan', NaN);
  for (const name of ['floor', 'ceil']) m.set(name, shared(s, name));
  defineAll(m, [
    ...valueMathFunctions(true),
    [
      'log',
      Object.assign(
        (args: PyValue[], kw: Kwargs): PyValue => {
          // math.log parses its arguments by hand in C, with a message of its own.
          noKeywords('log', kw);
          if (args.length < 1 || args.length > 2)
            throw typeError('math.log requires 1 to 2 arguments');
          const [x, base] = args;
          const lx = logHelper('log', x, naturalLog);
          if (base === undefined) return lx;
          const lb = logHelper('log', base, naturalLog);
          if (lb === 0) throw fail('ZeroDivisionError', 'float division by zero');
          return lx / lb;
        },
        // `math.log(x)`, the common call, straight (see Builtin.one).
        { one: (x: PyValue): PyValue => logHelper('log', x, naturalLog) },
      ),
    ],
    ['log2', logFunction('log2', cr.log2)],
    ['log10', logFunction('log10', cr.log10)],
    ['log1p', real1('log1p', (x) => (x > -1 || Number.isNaN(x) ? glibcLog1p(x) : domainError()))],
    [
      'expm1',
      // C's expm1 overflows past 709.78: CPython's OverflowError, as for exp.
      real1('expm1', (x) => {
        const r = cr.expm1(x);
        return r === Infinity && Number.isFinite(x) ? rangeError() : r;
      }),
    ],
    [
      'pow',
      (args, kw) => {
        exactArgs('pow', 2, args, kw);
        return mathPow(realArg('pow', args[0], true), realArg('pow', args[1], true));
      },
    ],
    ['fabs', real1('fabs', Math.abs)],
    [
      'tan',
      real1('tan', (x) => (Number.isFinite(x) || Number.isNaN(x) ? cr.tan(x) : domainError())),
    ],
    ['asin', real1('asin', (x) => (Math.abs(x) <= 1 || Number.isNaN(x) ? asin(x) : domainError()))],
    ['acos', real1('acos', (x) => (Math.abs(x) <= 1 || Number.isNaN(x) ? acos(x) : domainError()))],
    ['atan', real1('atan', atan)],
    [
      'atan2',
      (args, kw) => {
        exactArgs('atan2', 2, args, kw);
        return atan2(realArg('atan2', args[0], true), realArg('atan2', args[1], true));
      },
    ],
    [
      'sinh',
      real1('sinh', (x) => {
        const r = cr.sinh(x);
        return Number.isFinite(r) || !Number.isFinite(x) ? r : rangeError();
      }),
    ],
    [
      'cosh',
      real1('cosh', (x) => {
        const r = cr.cosh(x);
        return Number.isFinite(r) || !Number.isFinite(x) ? r : rangeError();
      }),
    ],
    ['erf', real1('erf', erf)],
    ['gamma', real1('gamma', (x) => gammaResult(gamma(x)))],
    ['lgamma', real1('lgamma', (x) => gammaResult(lgamma(x)))],
    ['erfc', real1('erfc', erfc)],
    ['acosh', real1('acosh', (x) => (x >= 1 || Number.isNaN(x) ? acosh(x) : domainError()))],
    ['asinh', real1('asinh', asinh)],
    [
      'atanh',
      real1('atanh', (x) => (Math.abs(x) < 1 || Number.isNaN(x) ? atanh(x) : domainError())),
    ],
    // glibc's cbrt (V8's gives another last digit for about half of arguments).
    ['cbrt', real1('cbrt', cr.cbrt)],
    [
      'exp2',
      real1('exp2', (x) => {
        const r = cr.pow(2, x);
        return Number.isFinite(r) || !Number.isFinite(x) ? r : rangeError();
      }),
    ],
    ['ulp', real1('ulp', ulp)],
    [
      'nextafter',
      (args, kw) => {
        exactArgs('nextafter', 2, args, kw);
        return nextafter(realArg('nextafter', args[0], true), realArg('nextafter', args[1], true));
      },
    ],
    [
      'remainder',
      (args, kw) => {
        exactArgs('remainder', 2, args, kw);
        const x = realArg('remainder', args[0], true);
        const y = realArg('remainder', args[1], true);
        const r = remainder(x, y);
        return Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) ? domainError() : r;
      },
    ],
    ['degrees', real1('degrees', (x) => x * (180 / Math.PI))],
    ['radians', real1('radians', (x) => x * (Math.PI / 180))],
    ['isnan', predicate('isnan', Number.isNaN)],
    ['isinf', predicate('isinf', (x) => Math.abs(x) === Infinity)],
    ['isfinite', predicate('isfinite', Number.isFinite)],
    [
      'copysign',
      (args, kw) => {
        exactArgs('copysign', 2, args, kw);
        const x = Math.abs(realArg('copysign', args[0], true));
        const y = realArg('copysign', args[1], true);
        return y < 0 || Object.is(y, -0) ? -x : x;
      },
    ],
    [
      'hypot',
      (args, kw) => {
        bindArgs('hypot', [], 0, [], kw);
        return vectorNorm(args.map((a) => realArg('hypot', a, true)));
      },
    ],
    [
      'trunc',
      (args, kw) => {
        exactArgs('math.trunc', 1, args, kw);
        // CPython calls type(x).__trunc__ for anything but a float: an object's own, else a
        // TypeError (an __index__ or __float__ of its own does not stand in for it).
        const own = ownSpecial(args[0], '__trunc__', []);
        if (own !== undefined) return own;
        const x = payloadOf(args[0]);
        const t = typeof x;
        if (t !== 'number' && t !== 'bigint' && t !== 'boolean' && !(x instanceof Value)) {
          throw typeError(`type ${typeName(args[0])} doesn't define __trunc__ method`);
        }
        if (typeof x === 'bigint') return x;
        if (typeof x === 'boolean') return x ? 1n : 0n;
        const f = realArg('trunc', x, true);
        if (!Number.isFinite(f)) {
          throw Number.isNaN(f)
            ? fail('ValueError', 'cannot convert float NaN to integer')
            : fail('OverflowError', 'cannot convert float infinity to integer');
        }
        return floatToInt(Math.trunc(f));
      },
    ],
    [
      'isclose',
      (args, kw) => {
        // a and b are positional, the tolerances keyword-only (Argument Clinic's messages).
        if (args.length > 2) {
          throw typeError(`isclose() takes exactly 2 positional arguments (${args.length} given)`);
        }
        const [a, b, relTol, absTol] = bindBuiltin(
          'isclose',
          ['a', 'b', 'rel_tol', 'abs_tol'],
          2,
          args,
          kw,
        );
        const x = realArg('isclose', a!, true);
        const y = realArg('isclose', b!, true);
        const rel = relTol === undefined ? 1e-9 : realArg('isclose', relTol, true);
        const abs = absTol === undefined ? 0 : realArg('isclose', absTol, true);
        if (rel < 0 || abs < 0) throw fail('ValueError', 'tolerances must be non-negative');
        if (x === y) return true;
        if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
        const diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
      },
    ],
    [
      'fsum',
      (args, kw) => {
        exactArgs('math.fsum', 1, args, kw);
        return fsum(floats('fsum', args[0]));
      },
    ],
    [
      'prod',
      (args, kw) => {
        const [iterable, start] = bindArgs('prod', ['iterable', 'start'], 1, args, kw);
        let acc: PyValue = start === undefined ? 1n : start;
        const it = iterate(iterable!);
        for (let x = it.next(); x !== undefined; x = it.next()) acc = binary('*', acc, x);
        return acc;
      },
    ],
    [
      'gcd',
      (args, kw) => {
        bindArgs('gcd', [], 0, [], kw);
        let g = 0n;
        for (const a of args) g = gcd(g, indexArg(a));
        return g;
      },
    ],
    [
      'factorial',
      (args, kw) => {
        exactArgs('math.factorial', 1, args, kw);
        if (typeof args[0] === 'number') {
          throw typeError("'float' object cannot be interpreted as an integer");
        }
        const n = indexArg(args[0]);
        if (n < 0n) throw fail('ValueError', 'factorial() not defined for negative values');
        // Stirling: log2(n!) ≈ n·log2(n) − n·log2(e). Refused before computing, as `**` is.
        const x = Number(n);
        const bits = x < 3 ? 1 : Math.ceil(x * Math.log2(x) - x * Math.LOG2E);
        if (bits > rt.maxItems * 4) {
          throw fail(
            'LimitError',
            `the result of factorial(${n}) would have about ${bits.toLocaleString('en-US')} bits: too large to compute`,
          );
        }
        let r = 1n;
        // Each step multiplies a growing int: Stop and the time limit are polled as it goes.
        for (let i = 2n; i <= n; i++) {
          r *= i;
          work(1000);
        }
        return r;
      },
    ],
    [
      'isqrt',
      (args, kw) => {
        exactArgs('math.isqrt', 1, args, kw);
        const n = indexArg(args[0]);
        if (n < 0n) throw fail('ValueError', 'isqrt() argument must be nonnegative');
        return intSqrt(n);
      },
    ],
  ]);
  for (const [name, fn] of mathIntegerFunctions()) m.set(name, fn);
  return m;
}

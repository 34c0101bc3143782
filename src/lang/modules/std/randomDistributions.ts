// The random module's continuous distributions and its state, over one generator: the
// algorithms Lib/random.py (3.11) documents, drawing from random() in the same order, with
// the correctly rounded log, exp, pow and cos of src/engine/math, so that a seeded program
// draws CPython's numbers to the last digit (but where glibc's functions are not correctly
// rounded: about one draw in a thousand).

import { Random, type RandomState } from '../../../engine/random';
import { cos, exp, log, pow } from '../../../engine/math';
import { acos } from '../../../engine/math/inverseTrig';
import { defineAll } from '../../builtins/core';
import { realArg } from '../../builtins/math';
import { bindMethodArgs, intArg } from '../../runtime/args';
import { collect } from '../../runtime/iteration';
import { repr } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { PyTuple, type PyValue } from '../../runtime/values';

const NV_MAGICCONST = (4 * exp(-0.5)) / Math.sqrt(2.0);
const LOG4 = log(4.0);
const SG_MAGICCONST = 1.0 + log(4.5);
const TWOPI = 2.0 * Math.PI;
const STATE_WORDS = 624;

function zeroDivision(): never {
  throw fail('ZeroDivisionError', 'float division by zero');
}

/** Python's float `a / b`. */
function divide(a: number, b: number): number {
  return b === 0 ? zeroDivision() : a / b;
}

/** Python's float `a % b` (the sign of b). */
function floatMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

function normal(rng: Random, mu: number, sigma: number): number {
  // Kinderman and Monahan's ratio of uniforms.
  let z: number;
  for (;;) {
    const u1 = rng.random();
    const u2 = 1.0 - rng.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -log(u2)) break;
  }
  return mu + z * sigma;
}

function gamma(rng: Random, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) {
    throw fail('ValueError', 'gammavariate: alpha and beta must be > 0.0');
  }
  if (alpha > 1.0) {
    // Cheng's rejection method (R.C.H. Cheng, 1977).
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rng.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rng.random();
      const v = log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -log(1.0 - rng.random()) * beta;
  // Algorithm GS (Kennedy and Gentle) for 0 < alpha < 1.
  let x: number;
  for (;;) {
    const u = rng.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
    const u1 = rng.random();
    if (p > 1.0) {
      if (u1 <= pow(x, alpha - 1.0)) break;
    } else if (u1 <= exp(-x)) break;
  }
  return x * beta;
}

function real(fname: string, v: PyValue | undefined, fallback: number): number {
  return v === undefined ? fallback : realArg(fname, v);
}

/** The distributions and getstate/setstate of `rng`, added to a random module's table `m`. */
export function defineDistributions(m: Map<string, PyValue>, rng: Random): void {
  defineAll(m, [
    [
      'normalvariate',
      (args, kw) => {
        const [mu, sigma] = bindMethodArgs('Random.normalvariate', ['mu', 'sigma'], 0, args, kw);
        return normal(rng, real('normalvariate', mu, 0), real('normalvariate', sigma, 1));
      },
    ],
    [
      'lognormvariate',
      (args, kw) => {
        const [mu, sigma] = bindMethodArgs('Random.lognormvariate', ['mu', 'sigma'], 2, args, kw);
        return exp(normal(rng, realArg('lognormvariate', mu!), realArg('lognormvariate', sigma!)));
      },
    ],
    [
      'expovariate',
      (args, kw) => {
        const [lambd] = bindMethodArgs('Random.expovariate', ['lambd'], 1, args, kw);
        return divide(-log(1.0 - rng.random()), realArg('expovariate', lambd!));
      },
    ],
    [
      'triangular',
      (args, kw) => {
        const [lowArg, highArg, mode] = bindMethodArgs(
          'Random.triangular',
          ['low', 'high', 'mode'],
          0,
          args,
          kw,
        );
        let low = real('triangular', lowArg, 0);
        let high = real('triangular', highArg, 1);
        let u = rng.random();
        if (mode !== undefined && mode !== null && high === low) return lowArg ?? 0.0;
        let c =
          mode === undefined || mode === null
            ? 0.5
            : (realArg('triangular', mode) - low) / (high - low);
        if (u > c) {
          u = 1.0 - u;
          c = 1.0 - c;
          [low, high] = [high, low];
        }
        return low + (high - low) * Math.sqrt(u * c);
      },
    ],
    [
      'vonmisesvariate',
      (args, kw) => {
        const [muArg, kappaArg] = bindMethodArgs(
          'Random.vonmisesvariate',
          ['mu', 'kappa'],
          2,
          args,
          kw,
        );
        const mu = realArg('vonmisesvariate', muArg!);
        const kappa = realArg('vonmisesvariate', kappaArg!);
        if (kappa <= 1e-6) return TWOPI * rng.random();
        const s = 0.5 / kappa;
        const r = s + Math.sqrt(1.0 + s * s);
        let z: number;
        for (;;) {
          const u1 = rng.random();
          z = cos(Math.PI * u1);
          const d = z / (r + z);
          const u2 = rng.random();
          if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
        }
        const q = 1.0 / r;
        const f = (q + z) / (1.0 + q * z);
        const u3 = rng.random();
        return u3 > 0.5 ? floatMod(mu + acos(f), TWOPI) : floatMod(mu - acos(f), TWOPI);
      },
    ],
    [
      'gammavariate',
      (args, kw) => {
        const [alpha, beta] = bindMethodArgs('Random.gammavariate', ['alpha', 'beta'], 2, args, kw);
        return gamma(rng, realArg('gammavariate', alpha!), realArg('gammavariate', beta!));
      },
    ],
    [
      'betavariate',
      (args, kw) => {
        const [alphaArg, betaArg] = bindMethodArgs(
          'Random.betavariate',
          ['alpha', 'beta'],
          2,
          args,
          kw,
        );
        const alpha = realArg('betavariate', alphaArg!);
        const beta = realArg('betavariate', betaArg!);
        const y = gamma(rng, alpha, 1.0);
        return y === 0 ? 0.0 : y / (y + gamma(rng, beta, 1.0));
      },
    ],
    [
      'paretovariate',
      (args, kw) => {
        const [alpha] = bindMethodArgs('Random.paretovariate', ['alpha'], 1, args, kw);
        const u = 1.0 - rng.random();
        return pow(u, divide(-1.0, realArg('paretovariate', alpha!)));
      },
    ],
    [
      'weibullvariate',
      (args, kw) => {
        const [alpha, beta] = bindMethodArgs(
          'Random.weibullvariate',
          ['alpha', 'beta'],
          2,
          args,
          kw,
        );
        const u = 1.0 - rng.random();
        const shape = divide(1.0, realArg('weibullvariate', beta!));
        return realArg('weibullvariate', alpha!) * pow(-log(u), shape);
      },
    ],
    [
      'getstate',
      (args, kw) => {
        bindMethodArgs('Random.getstate', [], 0, args, kw);
        const s = rng.getState();
        const inner = s.words.map((w) => BigInt(w) as PyValue);
        inner.push(BigInt(s.index));
        return new PyTuple([3n, new PyTuple(inner), s.gaussNext]);
      },
    ],
    [
      'setstate',
      (args, kw) => {
        const [state] = bindMethodArgs('Random.setstate', ['state'], 1, args, kw);
        rng.setState(stateFrom(state!));
        return null;
      },
    ],
  ]);
}

/** A getstate() tuple back as the generator's state, with CPython's errors for bad ones. */
function stateFrom(state: PyValue): RandomState {
  const parts = collect(state);
  if (parts.length !== 3) {
    throw fail(
      'ValueError',
      parts.length < 3
        ? `not enough values to unpack (expected 3, got ${parts.length})`
        : 'too many values to unpack (expected 3)',
    );
  }
  const [version, inner, gaussNext] = parts;
  // Version 2 (Python 2's pickles) held the words as signed ints: random.py takes each mod 2**32.
  if (version === 2n && inner instanceof PyTuple) {
    const words = inner.items.map((w) => (typeof w === 'bigint' ? BigInt.asUintN(32, w) : w));
    return stateFrom(new PyTuple([3n, new PyTuple(words), gaussNext]));
  }
  if (version !== 3n) {
    throw fail(
      'ValueError',
      `state with version ${repr(version)} passed to Random.setstate() of version 3`,
    );
  }
  if (!(inner instanceof PyTuple)) throw typeError('state vector must be a tuple');
  if (inner.items.length !== STATE_WORDS + 1) {
    throw fail('ValueError', 'state vector is the wrong size');
  }
  const words: number[] = [];
  for (let i = 0; i < STATE_WORDS; i++) {
    const w = intArg('setstate', 'state', inner.items[i]);
    if (w < 0n) throw fail('OverflowError', "can't convert negative int to unsigned");
    // CPython keeps the low 32 bits of each word.
    words.push(Number(BigInt.asUintN(32, w)));
  }
  const index = intArg('setstate', 'state', inner.items[STATE_WORDS]);
  if (index < 0n || index > BigInt(STATE_WORDS)) throw fail('ValueError', 'invalid state');
  return {
    words,
    index: Number(index),
    gaussNext: gaussNext === null ? null : realArg('setstate', gaussNext),
  };
}

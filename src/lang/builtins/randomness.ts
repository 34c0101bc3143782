// The random built-ins and the datasets, all drawing from the session's one generator
// (CPython's random.Random, seeded 0 when the session starts). Dataset labels come back as
// Python ints, points as lists of floats.

import { blobs, circles, moons, spiral, xor } from '../../engine/datasets';
import { bindArgs, bindMethodArgs, exactArgs, intArg } from '../runtime/args';
import { repr, typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import { getItem, setItem } from '../runtime/subscript';
import { PyTuple, type PyValue } from '../runtime/values';
import { PyByteArray, PyBytes } from '../runtime/bytesValue';
import type { BuiltinContext } from './context';
import { bytesSeed, strSeed } from './sha512';
import { defineAll } from './core';
import { length } from './lengthAndRange';
import { realArg } from './math';
import { toInt } from './textConversions';
import { binary } from '../runtime/arith';
import { eq } from '../runtime/equality';
import { instanceIndex } from '../runtime/numberHooks';

/** Runs an engine call whose argument checks throw RangeError, as a ValueError. */
function checked<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError && !/call stack/.test(e.message))
      throw fail('ValueError', e.message);
    throw e;
  }
}

function countArg(fname: string, what: string, v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v === 'number') {
    throw typeError(`${fname}(): ${what} must be a whole number, not a float (${repr(v)})`);
  }
  return Number(intArg(fname, what, v));
}

function dataset(xs: number[][], ys: number[]): PyTuple {
  return new PyTuple([xs.map((row) => row.slice()), ys.map((y) => BigInt(y))]);
}

/**
 * An argument of randrange (randint(a, b) is randrange(a, b + 1)), as Lib/random.py reads it
 * in 3.11: its __index__, else int(v) (with int()'s own errors), refused when unequal to v
 * (`2.5`, `"5"`); a float equal to an int passes (deprecated: CPython warns, to stderr only
 * when called from __main__).
 */
export function rangeArg(v: PyValue, what: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  const index = instanceIndex(v);
  if (index !== undefined) return index;
  const i = toInt(v, undefined);
  if (!eq(i, v)) throw fail('ValueError', `non-integer ${what} for randrange()`);
  return i;
}

/** random.seed(s, version=1): Python 2's hash of a str (or of bytes read as latin-1). */
function versionOneSeed(a: string | PyBytes): bigint {
  const text = typeof a === 'string' ? a : new TextDecoder('latin1').decode(a.data);
  const codes = Array.from(text, (c) => BigInt(c.codePointAt(0)!));
  let x = codes.length > 0 ? codes[0] << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
  return x ^ BigInt(codes.length);
}

/** seed(None): CPython reads the OS's entropy; the clock and Math.random do here. */
function clockSeed(): bigint {
  return BigInt(Date.now()) * 1000003n + BigInt(Math.floor(Math.random() * 2 ** 32));
}

export function randomBuiltins(ctx: BuiltinContext, into: Map<string, PyValue>): void {
  const rng = ctx.rng;
  defineAll(into, [
    [
      'seed',
      (args, kw) => {
        // Lib/random.py's seed(a=None, version=2): str, bytes and bytearray through
        // SHA-512 (version 2) or the old string hash (version 1); None from the clock.
        const [a, version] = bindMethodArgs('Random.seed', ['a', 'version'], 0, args, kw);
        const n = a ?? null;
        const v = version === undefined ? 2n : version;
        if ((typeof n === 'string' || n instanceof PyBytes) && v === 1n) {
          rng.seed(versionOneSeed(n));
        } else if (
          (typeof n === 'string' || n instanceof PyBytes || n instanceof PyByteArray) &&
          v === 2n
        ) {
          rng.seed(typeof n === 'string' ? strSeed(n) : bytesSeed(n.data));
        } else if (typeof n === 'bigint') rng.seed(n);
        else if (typeof n === 'boolean') rng.seed(n ? 1n : 0n);
        else if (typeof n === 'number') checked(() => rng.seed(n, true));
        else if (n === null) rng.seed(clockSeed());
        else if (typeof n === 'string' || n instanceof PyBytes || n instanceof PyByteArray) {
          // CPython seeds these (any other version) through their hash, which varies per
          // process; a fixed hash of the text is as good a seed.
          rng.seed(strSeed(typeof n === 'string' ? n : new TextDecoder('latin1').decode(n.data)));
        } else {
          throw typeError(
            'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.',
          );
        }
        return null;
      },
    ],
    [
      'random',
      (args, kw) => {
        exactArgs('Random.random', 0, args, kw);
        return rng.random();
      },
    ],
    [
      'uniform',
      (args, kw) => {
        const [a, b] = bindMethodArgs('Random.uniform', ['a', 'b'], 2, args, kw);
        return rng.uniform(realArg('uniform', a as PyValue), realArg('uniform', b as PyValue));
      },
    ],
    [
      'gauss',
      (args, kw) => {
        const [mu, sigma] = bindMethodArgs('Random.gauss', ['mu', 'sigma'], 0, args, kw);
        return rng.gauss(
          mu === undefined ? 0 : realArg('gauss', mu),
          sigma === undefined ? 1 : realArg('gauss', sigma),
        );
      },
    ],
    [
      'randint',
      (args, kw) => {
        const [a, b] = bindMethodArgs('Random.randint', ['a', 'b'], 2, args, kw);
        // randrange(a, b + 1): b + 1 is computed first (randint(1, "6") fails adding 1).
        const stop = binary('+', b!, 1n);
        const lo = rangeArg(a!, 'arg 1');
        const hi = rangeArg(stop, 'stop');
        if (hi <= lo) {
          throw fail('ValueError', `empty range for randrange() (${lo}, ${hi}, ${hi - lo})`);
        }
        // any ints, beyond 2 ** 53 too.
        return lo + rng.randbelowBig(hi - lo);
      },
    ],
    [
      'shuffle',
      (args, kw) => {
        const x = bindMethodArgs('Random.shuffle', ['x'], 1, args, kw)[0]!;
        if (Array.isArray(x)) {
          rng.shuffle(x);
          return null;
        }
        // Python's shuffle on another sequence: the same draws, failing at the first swap.
        for (let i = Number(length(x)) - 1; i > 0; i--) {
          // x[i], x[j] = x[j], x[i]: both read before either is written.
          const j = BigInt(rng.randbelow(i + 1));
          const a = getItem(x, j);
          const b = getItem(x, BigInt(i));
          setItem(x, BigInt(i), a);
          setItem(x, j, b);
        }
        return null;
      },
    ],
    [
      'choice',
      (args, kw) => {
        // Python's choice: any sequence (a list, a str, a range…), seq[randbelow(len(seq))].
        const seq = bindMethodArgs('Random.choice', ['seq'], 1, args, kw)[0]!;
        // Lib/random.py 3.11: `if not len(seq)`, so a value without len() is a TypeError.
        if (Number(length(seq)) === 0)
          throw fail('IndexError', 'Cannot choose from an empty sequence');
        if (Array.isArray(seq)) return rng.choice(seq);
        return getItem(seq, BigInt(rng.randbelow(Number(length(seq)))));
      },
    ],
    [
      'sample',
      (args, kw) => {
        const [population, k] = bindArgs('sample', ['population', 'k'], 2, args, kw);
        const items = Array.isArray(population)
          ? population
          : population instanceof PyTuple
            ? population.items
            : null;
        if (items === null)
          throw typeError(`sample() needs a list, not '${typeName(population as PyValue)}'`);
        const count = Number(intArg('sample', 'k', k as PyValue));
        if (count < 0 || count > items.length) {
          throw fail('ValueError', 'Sample larger than population or is negative');
        }
        return rng.sample(items, count);
      },
    ],
    [
      'moons',
      (args, kw) => {
        const [n, noise] = bindArgs('moons', ['n', 'noise'], 0, args, kw);
        const d = checked(() =>
          moons(
            rng,
            countArg('moons', 'n', n, 100),
            noise === undefined ? 0.1 : realArg('moons', noise),
          ),
        );
        return dataset(d.xs, d.ys);
      },
    ],
    [
      'circles',
      (args, kw) => {
        const [n, noise, factor] = bindArgs('circles', ['n', 'noise', 'factor'], 0, args, kw);
        const d = checked(() =>
          circles(
            rng,
            countArg('circles', 'n', n, 100),
            noise === undefined ? 0.1 : realArg('circles', noise),
            factor === undefined ? 0.5 : realArg('circles', factor),
          ),
        );
        return dataset(d.xs, d.ys);
      },
    ],
    [
      'blobs',
      (args, kw) => {
        const [n, centers] = bindArgs('blobs', ['n', 'centers'], 0, args, kw);
        const d = checked(() =>
          blobs(rng, countArg('blobs', 'n', n, 100), countArg('blobs', 'centers', centers, 2)),
        );
        return dataset(d.xs, d.ys);
      },
    ],
    [
      'xor',
      (args, kw) => {
        const [n] = bindArgs('xor', ['n'], 0, args, kw);
        const d = checked(() => xor(rng, countArg('xor', 'n', n, 100)));
        return dataset(d.xs, d.ys);
      },
    ],
    [
      'spiral',
      (args, kw) => {
        const [n, classes] = bindArgs('spiral', ['n', 'classes'], 0, args, kw);
        const d = checked(() =>
          spiral(rng, countArg('spiral', 'n', n, 100), countArg('spiral', 'classes', classes, 2)),
        );
        return dataset(d.xs, d.ys);
      },
    ],
  ]);
}

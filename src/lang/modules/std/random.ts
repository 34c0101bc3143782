// The random module over the session's generator (CPython's Mersenne Twister, exact):
// the shared built-ins (seed, random, uniform, gauss, randint, shuffle, choice) and the
// rest of Lib/random.py's functions with its draws in its order.

import { Random } from '../../../engine/random';
import { defineAll } from '../../builtins/core';
import { length } from '../../builtins/lengthAndRange';
import { realArg } from '../../builtins/math';
import { rangeArg } from '../../builtins/randomness';
import { binary } from '../../runtime/arith';
import { bindArgs, bindMethodArgs, indexArg as pyIndex, intArg } from '../../runtime/args';
import { collect } from '../../runtime/iteration';
import { order } from '../../runtime/equality';
import { fail, typeError } from '../../runtime/state';
import { getItem } from '../../runtime/subscript';
import { PyBytes } from '../../runtime/bytesValue';
import { Builtin, PyRange, PyTuple, type PyValue } from '../../runtime/values';
import { shared, type StdContext } from './context';
import { defineDistributions } from './randomDistributions';
import { randomClass } from './randomClass';

function isSequence(v: PyValue): boolean {
  return Array.isArray(v) || typeof v === 'string' || v instanceof PyTuple || v instanceof PyRange;
}

/**
 * sample's k as Lib/random.py reads it: `if not 0 <= k <= n` (the comparisons' own errors),
 * then `[None] * k` (a float is a TypeError there).
 */
function sampleSize(k: PyValue, n: bigint): bigint {
  if (!(order('<=', 0n, k) && order('<=', k, n))) {
    throw fail('ValueError', 'Sample larger than population or is negative');
  }
  if (typeof k === 'number') throw typeError("can't multiply sequence by non-int of type 'float'");
  return pyIndex(k);
}

const SHARED = ['seed', 'random', 'uniform', 'gauss', 'randint', 'shuffle', 'choice'];

export function randomModule(s: StdContext): Map<string, PyValue> {
  const m = randomFunctions(s.ctx.rng, (name) => shared(s, name));
  m.set('Random', randomClass(s, randomFunctions));
  return m;
}

/** The random module's functions over `rng`; `sharedImpl` gives those the built-ins have. */
export function randomFunctions(
  rng: Random,
  sharedImpl: (name: string) => PyValue,
): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  for (const name of SHARED) m.set(name, sharedImpl(name));
  // The module's uniform and gauss are Lib/random.py's: they fail in its arithmetic (the
  // built-ins of the same names name the number they need).
  const real = (v: PyValue): boolean =>
    typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
  const builtinUniform = m.get('uniform') as Builtin;
  const builtinGauss = m.get('gauss') as Builtin;
  m.set(
    'uniform',
    new Builtin('uniform', (args, kw) => {
      const [a, b] = bindMethodArgs('Random.uniform', ['a', 'b'], 2, args, kw);
      if (real(a!) && real(b!)) return builtinUniform.call(args, kw);
      // a + (b - a) * random(), with those operators' errors ("1" - 2).
      const width = binary('-', b!, a!);
      return binary('+', a!, binary('*', width, rng.random()));
    }),
  );
  m.set(
    'gauss',
    new Builtin('gauss', (args, kw) => {
      const [mu, sigma] = bindMethodArgs('Random.gauss', ['mu', 'sigma'], 0, args, kw);
      const m0 = mu === undefined ? 0 : mu;
      const sd = sigma === undefined ? 1 : sigma;
      if (real(m0) && real(sd)) return builtinGauss.call(args, kw);
      // z is drawn first, then mu + z * sigma, with those operators' errors.
      return binary('+', m0, binary('*', rng.gauss(0, 1), sd));
    }),
  );
  defineDistributions(m, rng);
  const below = (n: bigint): bigint => rng.randbelowBig(n);
  const randrange = (
    start: PyValue,
    stop: PyValue | undefined,
    step: PyValue | undefined,
  ): bigint => {
    const istart = rangeArg(start, 'arg 1');
    if (stop === undefined || stop === null) {
      if (step !== undefined && step !== 1n) throw typeError('Missing a non-None stop argument');
      if (istart > 0n) return below(istart);
      throw fail('ValueError', 'empty range for randrange()');
    }
    const istop = rangeArg(stop, 'stop');
    const width = istop - istart;
    const istep = step === undefined ? 1n : rangeArg(step, 'step');
    if (istep === 1n) {
      if (width > 0n) return istart + below(width);
      throw fail('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw fail('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw fail('ValueError', 'empty range for randrange()');
    return istart + istep * below(n);
  };
  // sample(population, k, counts=...): Lib/random.py samples range(total) and maps each
  // pick back through bisect_right on the running totals of the counts.
  const sampleCounts = (pop: PyValue, counts: PyValue, k: PyValue): PyValue[] => {
    const cum: PyValue[] = [];
    let acc: PyValue | undefined;
    for (const c of collect(counts)) {
      acc = acc === undefined ? c : binary('+', acc, c);
      cum.push(acc);
    }
    if (cum.length !== Number(length(pop))) {
      throw fail('ValueError', 'The number of counts does not match the population');
    }
    const last = cum.pop();
    const total = typeof last === 'boolean' ? BigInt(last) : last;
    if (typeof total !== 'bigint') throw typeError('Counts must be integers');
    if (total <= 0n) throw fail('ValueError', 'Total of counts must be greater than zero');
    const count = sampleSize(k, total);
    const bounds = cum.map((c) => (typeof c === 'bigint' ? c : realArg('sample', c)));
    return rng.sampleIndices(Number(total), Number(count)).map((pick) => {
      let lo = 0;
      let hi = bounds.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pick < bounds[mid]) hi = mid;
        else lo = mid + 1;
      }
      return Array.isArray(pop) ? pop[lo] : getItem(pop, BigInt(lo));
    });
  };
  defineAll(m, [
    [
      'randrange',
      (args, kw) => {
        const [start, stop, step] = bindMethodArgs(
          'Random.randrange',
          ['start', 'stop', 'step'],
          1,
          args,
          kw,
        );
        return randrange(start!, stop, step);
      },
    ],
    [
      'getrandbits',
      (args, kw) => {
        const [k] = bindArgs('getrandbits', ['k'], 1, args, kw);
        if (typeof k === 'number')
          throw typeError("'float' object cannot be interpreted as an integer");
        const bits = intArg('getrandbits', 'k', k!);
        if (bits < 0n) throw fail('ValueError', 'number of bits must be non-negative');
        return rng.getrandbitsBig(Number(bits));
      },
    ],
    [
      // random.py's own: getrandbits(n * 8).to_bytes(n, 'little').
      'randbytes',
      (args, kw) => {
        const [n] = bindMethodArgs('Random.randbytes', ['n'], 1, args, kw);
        if (typeof n === 'number')
          throw typeError("'float' object cannot be interpreted as an integer");
        const count = intArg('randbytes', 'n', n!);
        if (count < 0n) throw fail('ValueError', 'number of bits must be non-negative');
        let bits = rng.getrandbitsBig(Number(count) * 8);
        const data = new Uint8Array(Number(count));
        for (let i = 0; i < data.length; i++, bits >>= 8n) data[i] = Number(bits & 255n);
        return new PyBytes(data);
      },
    ],
    [
      'sample',
      (args, kw) => {
        const [population, k, counts] = bindMethodArgs(
          'Random.sample',
          ['population', 'k', 'counts'],
          2,
          args,
          kw,
          1,
        );
        const pop = population!;
        if (!isSequence(pop)) {
          throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
        }
        if (counts !== undefined && counts !== null) return sampleCounts(pop, counts, k!);
        const n = Number(length(pop));
        const count = Number(sampleSize(k!, BigInt(n)));
        const picks = rng.sampleIndices(n, count);
        if (Array.isArray(pop)) return picks.map((j) => pop[j]);
        return picks.map((j) => getItem(pop, BigInt(j)));
      },
    ],
    [
      'choices',
      (args, kw) => {
        const [population, weights, cumWeights, kArg] = bindMethodArgs(
          'Random.choices',
          ['population', 'weights', 'cum_weights', 'k'],
          1,
          args,
          kw,
          2,
        );
        const pop = population!;
        const n = Number(length(pop));
        const k = kArg === undefined ? 1 : Number(pyIndex(kArg));
        // population[j], with the sequence's own IndexError for an empty one.
        const pick = (j: number): PyValue =>
          Array.isArray(pop) && j < pop.length ? pop[j] : getItem(pop, BigInt(j));
        const out: PyValue[] = [];
        let cum: PyValue[];
        if (cumWeights === undefined || cumWeights === null) {
          if (weights === undefined || weights === null) {
            for (let i = 0; i < k; i++) out.push(pick(Math.floor(rng.random() * n)));
            return out;
          }
          cum = [];
          let acc: PyValue | undefined;
          if (typeof weights === 'bigint') {
            throw typeError(`The number of choices must be a keyword argument: k=${weights}`);
          }
          for (const w of collect(weights)) {
            acc = acc === undefined ? w : binary('+', acc, w);
            cum.push(acc);
          }
        } else {
          if (weights !== undefined && weights !== null) {
            throw typeError('Cannot specify both weights and cumulative weights');
          }
          cum = collect(cumWeights);
        }
        if (cum.length !== n) {
          throw fail('ValueError', 'The number of weights does not match the population');
        }
        // cum_weights[-1] of an empty list: CPython's IndexError.
        if (n === 0) throw fail('IndexError', 'list index out of range');
        const bounds = cum.map((w) => realArg('choices', w));
        const total = bounds[n - 1];
        if (!(total > 0)) {
          if (Number.isNaN(total)) throw fail('ValueError', 'Total of weights must be finite');
          throw fail('ValueError', 'Total of weights must be greater than zero');
        }
        if (!Number.isFinite(total)) throw fail('ValueError', 'Total of weights must be finite');
        const hi = n - 1;
        for (let i = 0; i < k; i++) {
          // bisect_right(cum_weights, random() * total, 0, hi)
          const x = rng.random() * total;
          let lo = 0;
          let top = hi;
          while (lo < top) {
            const mid = (lo + top) >> 1;
            if (x < bounds[mid]) top = mid;
            else lo = mid + 1;
          }
          out.push(pick(lo));
        }
        return out;
      },
    ],
  ]);
  return m;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

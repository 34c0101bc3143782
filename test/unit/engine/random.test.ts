import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { Random, type RandomState } from '../../../src/engine/random';
import { floatHash, intSeedKey } from '../../../src/engine/random/seed-key';
import {
  ABSOLUTE_TOLERANCE,
  RELATIVE_TOLERANCE,
  assertClose,
  isClose,
} from './fixtures/assert-close';
import { loadFixture } from './fixtures/load-fixture';

// Made by fixtures/generate_python_fixtures.py with CPython 3.11 (Linux, glibc, x86-64).
type Step = [string, ...number[]];
interface StateDigest {
  sha256: string;
  index: number;
  gaussNext: number | null;
}
interface Case {
  seed: string | number;
  type: 'int' | 'float';
  full: boolean;
  results: unknown[];
}
interface Fixture {
  script: Step[];
  seedScript: Step[];
  cases: Case[];
}
const fixture = loadFixture<Fixture>('random-python.json');

function digest(rng: Random): StateDigest {
  const state = rng.getState();
  return {
    sha256: createHash('sha256').update(state.words.join(',')).digest('hex'),
    index: state.index,
    gaussNext: state.gaussNext,
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** What the fixture's generator recorded for one step, computed by our Random. */
function runStep(rng: Random, [op, ...args]: Step): unknown {
  switch (op) {
    case 'state':
      return digest(rng);
    case 'random':
      return rng.random();
    case 'getrandbits':
      return rng.getrandbits(args[0]);
    case 'getrandbitsBig':
      return rng.getrandbitsBig(args[0]).toString();
    case 'uniform':
      return rng.uniform(args[0], args[1]);
    case 'gauss':
      return rng.gauss(args[0], args[1]);
    case 'randbelow':
      return rng.randbelow(args[0]);
    case 'randint':
      return rng.randint(args[0], args[1]);
    case 'shuffle': {
      const xs = range(args[0]);
      rng.shuffle(xs);
      return xs;
    }
    case 'choice':
      return rng.choice(range(args[0]));
    case 'sample':
      return rng.sample(range(args[0]), args[1]);
    case 'randomEvery':
      return range(args[0])
        .map(() => rng.random())
        .filter((_, i) => i % args[1] === 0);
    case 'gaussMany':
      return range(args[0]).map(() => rng.gauss(0, 1));
    default:
      throw new Error(`unknown step ${op}`);
  }
}

function seeded(c: Case): Random {
  const rng = new Random();
  if (c.type === 'float') {
    rng.seed(Number(c.seed), true);
  } else {
    const n = BigInt(c.seed);
    rng.seed(Number.isSafeInteger(Number(n)) ? Number(n) : n);
  }
  return rng;
}

/**
 * Checks one step's result against CPython's: bit for bit, except what went through log,
 * cos and sin (gauss values, and the cached one in a state), which must be close.
 */
function checkStep(step: Step, actual: unknown, expected: unknown, where: string): void {
  const [op] = step;
  if (op === 'gauss' || op === 'gaussMany') {
    assertClose(actual, expected, where);
  } else if (op === 'state') {
    const { gaussNext, ...exact } = actual as StateDigest;
    const { gaussNext: expectedNext, ...expectedExact } = expected as StateDigest;
    assert.deepStrictEqual(exact, expectedExact, where);
    assertClose(gaussNext, expectedNext, `${where} gaussNext`);
  } else {
    // deepStrictEqual compares numbers with Object.is: every bit, and the sign of 0.
    assert.deepStrictEqual(actual, expected, where);
  }
}

describe('Random: CPython 3.11 random.Random (gauss to 1e-13, the rest bit for bit)', () => {
  for (const c of fixture.cases) {
    const script = c.full ? fixture.script : fixture.seedScript;
    it(`seed(${c.seed}${c.type === 'float' ? ' as a float' : ''}): ${script.length} calls`, () => {
      const rng = seeded(c);
      script.forEach((step, i) => {
        checkStep(step, runStep(rng, step), c.results[i], `step ${i}: ${step.join(' ')}`);
      });
    });
  }

  it('draws after gauss are exact again: gauss takes two random() per pair, like CPython', () => {
    const full = fixture.cases.filter((c) => c.full);
    const afterGauss = fixture.script.findIndex(
      (step, i) => step[0] === 'random' && fixture.script[i - 1]?.[0] === 'gauss',
    );
    assert.ok(full.length > 0 && afterGauss > 0);
    for (const c of full) {
      const rng = seeded(c);
      fixture.script.slice(0, afterGauss).forEach((step) => runStep(rng, step));
      assert.ok(Object.is(rng.random(), c.results[afterGauss]), `seed ${c.seed}`);
    }
  });

  it('new Random() is seed(0), the state every session starts in', () => {
    const fresh = new Random();
    const zero = fixture.cases.find((c) => c.seed === '0' && c.type === 'int');
    assert.ok(zero);
    assert.deepStrictEqual(digest(fresh), zero.results[0]);
    assert.equal(fresh.random(), zero.results[1]);
  });

  it('an int seed may be a number or a bigint; its sign is dropped, as CPython does', () => {
    const a = new Random(42);
    const b = new Random(42n);
    const c = new Random(-42);
    assert.deepStrictEqual(a.getState(), b.getState());
    assert.deepStrictEqual(a.getState(), c.getState());
    assert.notDeepStrictEqual(a.getState(), new Random(43).getState());
  });

  it('a float seed equal to an int seeds like it unless seeded as a float (hash(-5.0) != 5)', () => {
    assert.deepStrictEqual(new Random(5.0).getState(), new Random(5).getState());
    const minus5 = new Random();
    minus5.seed(-5, true);
    assert.notDeepStrictEqual(minus5.getState(), new Random(-5).getState());
    const half = new Random(0.5);
    const halfAsFloat = new Random();
    halfAsFloat.seed(0.5, true);
    assert.deepStrictEqual(half.getState(), halfAsFloat.getState());
  });

  it('seed() resets the cached second gauss value', () => {
    const rng = new Random(7);
    const first = rng.gauss();
    rng.gauss();
    rng.gauss(); // leaves the pair's second value cached
    assert.notEqual(rng.getState().gaussNext, null);
    rng.seed(7);
    assert.equal(rng.getState().gaussNext, null);
    assert.equal(rng.gauss(), first);
  });

  it('hash(float) and the int seed key follow CPython', () => {
    // Values printed by CPython: hash(0.5), hash(-2.75), hash(1e-300), hash(2.0**70).
    assert.equal(floatHash(0.5), 1152921504606846976n);
    assert.equal(floatHash(-2.75), -1729382256910270466n);
    assert.equal(floatHash(1e-300), 482449582752280463n);
    assert.equal(floatHash(2 ** 70), 512n);
    assert.equal(floatHash(-1), -2n);
    assert.equal(floatHash(Infinity), 314159n);
    assert.deepStrictEqual(intSeedKey(0n), [0]);
    assert.deepStrictEqual(intSeedKey(-(2n ** 32n) - 7n), [7, 1]);
  });
});

describe('the tolerance gauss values are compared with', () => {
  const gaussMany = fixture.script.findIndex((step) => step[0] === 'gaussMany');
  const values = fixture.cases[0].results[gaussMany] as number[];
  const perturbed = (factor: number, at: number): number[] =>
    values.map((v, i) => (i === at ? v * factor : v));

  it('accepts a few last-bit differences, and numbers within 1e-15 of zero', () => {
    assert.ok(values.length > 100);
    const ulp = (x: number) => 2 ** (Math.floor(Math.log2(Math.abs(x))) - 52);
    assert.doesNotThrow(() => assertClose(values.slice(), values));
    assert.doesNotThrow(() =>
      assertClose(
        values.map((v) => v + 4 * ulp(v)),
        values,
      ),
    );
    assert.doesNotThrow(() => assertClose(perturbed(1 + RELATIVE_TOLERANCE / 2, 7), values));
    assert.ok(isClose(ABSOLUTE_TOLERANCE / 2, 0) && isClose(-0, 0));
    assert.ok(isClose(6.123233995736766e-17, 6.123233995736757e-17));
  });

  it('rejects a value perturbed beyond it, and any difference of shape', () => {
    for (const at of [0, 50, values.length - 1]) {
      assert.throws(
        () => assertClose(perturbed(1 + 2 * RELATIVE_TOLERANCE, at), values),
        (e: unknown) => e instanceof assert.AssertionError && e.message.includes(`[${at}]`),
      );
    }
    const big = values.find((v) => Math.abs(v) > 1) ?? 1;
    assert.ok(!isClose(big + 1000 * Number.EPSILON * Math.abs(big), big));
    assert.ok(!isClose(2 * ABSOLUTE_TOLERANCE, 0));
    assert.ok(!isClose(Number.MAX_VALUE, Infinity) && !isClose(NaN, 0));
    assert.throws(() => assertClose(values.slice(1), values), /items/);
    assert.throws(() => assertClose([...values.slice(0, -1), '1'], values), /number/);
    assert.throws(() => assertClose({ a: 1, b: 2 }, { a: 1 }), /keys/);
    assert.throws(() => assertClose({ a: 'x' }, { a: 'y' }), /expected y, got x/);
    assert.throws(() => assertClose(null, { a: 1 }), /object/);
  });
});

describe('Random: sample switches strategy exactly where CPython does', () => {
  // k and 21 + 4 ** ceil(log(3k, 4)) as CPython 3.11 computes them: sample copies the
  // list when n is at most this, else it keeps a set of picked positions.
  const CPYTHON_SETSIZE: [number, number][] = [
    [2, 21],
    [5, 21],
    [6, 85],
    [21, 85],
    [22, 277],
    [85, 277],
    [86, 1045],
    [341, 1045],
    [342, 4117],
    [1365, 4117],
    [1366, 16405],
  ];

  function poolStrategy(rng: Random, n: number, k: number): number[] {
    const pool = range(n);
    return range(k).map((i) => {
      const j = rng.randbelow(n - i);
      const picked = pool[j];
      pool[j] = pool[n - i - 1];
      return picked;
    });
  }

  function setStrategy(rng: Random, n: number, k: number): number[] {
    const selected = new Set<number>();
    return range(k).map(() => {
      let j = rng.randbelow(n);
      while (selected.has(j)) j = rng.randbelow(n);
      selected.add(j);
      return j;
    });
  }

  for (const [k, setsize] of CPYTHON_SETSIZE) {
    it(`k = ${k}: a copy up to n = ${setsize}, a set from n = ${setsize + 1}`, () => {
      for (const n of [setsize, setsize + 1]) {
        // A seed where the two strategies pick differently, so the check tells them apart.
        const seed = range(100).find(
          (s) =>
            poolStrategy(new Random(s), n, k).join() !== setStrategy(new Random(s), n, k).join(),
        );
        assert.ok(seed !== undefined, `no seed tells the strategies apart for n = ${n}`);
        const expected = (n <= setsize ? poolStrategy : setStrategy)(new Random(seed), n, k);
        assert.deepStrictEqual(new Random(seed).sample(range(n), k), expected, `n = ${n}`);
      }
    });
  }
});

describe('Random: state snapshots', () => {
  it('setState(getState()) replays the same draws, gauss cache included', () => {
    const rng = new Random(1337);
    rng.gauss();
    const saved = rng.getState();
    const first = range(1000).map(() => rng.gauss(0, 1) + rng.random());
    rng.setState(saved);
    assert.deepStrictEqual(
      range(1000).map(() => rng.gauss(0, 1) + rng.random()),
      first,
    );
  });

  it('a state survives JSON and structured cloning (crossing to a worker thread)', () => {
    const rng = new Random(3);
    rng.random();
    rng.gauss();
    const viaJson = JSON.parse(JSON.stringify(rng.getState())) as RandomState;
    const viaClone = structuredClone(rng.getState());
    const a = new Random();
    const b = new Random();
    a.setState(viaJson);
    b.setState(viaClone);
    const expected = range(10).map(() => rng.gauss());
    assert.deepStrictEqual(
      range(10).map(() => a.gauss()),
      expected,
    );
    assert.deepStrictEqual(
      range(10).map(() => b.gauss()),
      expected,
    );
  });

  it('the snapshot is a copy: drawing afterwards does not change it', () => {
    const rng = new Random(9);
    const saved = rng.getState();
    const copy = structuredClone(saved);
    range(700).forEach(() => rng.random());
    assert.deepStrictEqual(saved, copy);
  });

  it('setState rejects malformed states with a RangeError', () => {
    const rng = new Random();
    const good = rng.getState();
    const bad: unknown[] = [
      { ...good, words: good.words.slice(1) },
      { ...good, words: [...good.words.slice(1), -1] },
      { ...good, words: [...good.words.slice(1), 2 ** 32] },
      { ...good, words: [...good.words.slice(1), 0.5] },
      { ...good, index: 625 },
      { ...good, index: 1.5 },
      { ...good, gaussNext: 'x' },
    ];
    for (const state of bad) {
      assert.throws(() => rng.setState(state as RandomState), RangeError);
    }
    assert.deepStrictEqual(rng.getState(), good);
  });
});

describe('Random: arguments and invariants', () => {
  it('rejects impossible arguments with learner-readable RangeErrors', () => {
    const rng = new Random();
    assert.throws(() => rng.randbelow(0), /randbelow\(n\) needs a whole n of at least 1, got 0/);
    assert.throws(() => rng.randbelow(2.5), RangeError);
    assert.throws(() => rng.randint(5, 1), /randint\(a, b\) needs a <= b, got 5 and 1/);
    assert.throws(() => rng.randint(0.5, 1), RangeError);
    assert.throws(() => rng.choice([]), /choice\(\) needs a non-empty list/);
    assert.throws(() => rng.sample([1, 2], 3), /sample\(list, k\) needs k from 0 to .* 2, got 3/);
    assert.throws(() => rng.sample([1, 2], -1), RangeError);
    assert.throws(() => rng.getrandbits(54), RangeError);
    assert.throws(() => rng.getrandbits(-1), RangeError);
    assert.throws(() => rng.getrandbitsBig(-1), RangeError);
    assert.throws(() => rng.seed(NaN), /not NaN/);
  });

  it('randbelow, randint, choice, shuffle and sample stay in range and keep elements', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer(), { maxLength: 60 }),
        fc.nat(60),
        (seed, n, xs, k) => {
          const rng = new Random(seed);
          const r = rng.randbelow(n);
          assert.ok(Number.isInteger(r) && r >= 0 && r < n);
          const d = rng.randint(-3, 3);
          assert.ok(Number.isInteger(d) && d >= -3 && d <= 3);
          const shuffled = xs.slice();
          rng.shuffle(shuffled);
          assert.deepStrictEqual(
            shuffled.slice().sort((a, b) => a - b),
            xs.slice().sort((a, b) => a - b),
          );
          const positions = range(xs.length);
          const picked = rng.sample(positions, Math.min(k, xs.length));
          assert.equal(new Set(picked).size, picked.length);
          assert.ok(picked.every((p) => p >= 0 && p < xs.length));
          if (xs.length > 0) assert.ok(xs.includes(rng.choice(xs)));
          const u = rng.uniform(-1, 1);
          assert.ok(u >= -1 && u < 1);
        },
      ),
    );
  });

  it('sample leaves its input alone', () => {
    const xs = range(30);
    new Random(1).sample(xs, 12);
    new Random(1).sample(xs, 29);
    assert.deepStrictEqual(xs, range(30));
  });

  it('random() costs well under a microsecond (it draws every initial weight)', () => {
    const rng = new Random(0);
    let sink = 0;
    for (let i = 0; i < 200_000; i++) sink += rng.random(); // warm up
    const calls = 2_000_000;
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) sink += rng.random();
      best = Math.min(best, Number(process.hrtime.bigint() - start) / calls);
    }
    assert.ok(sink > 0);
    // About 7 ns on the development machine; the bound leaves room for a loaded one.
    assert.ok(best < 100, `random() took ${best.toFixed(1)} ns per call`);
  });
});

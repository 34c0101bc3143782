import { strict as assert } from 'node:assert';
import { Random } from '../../../src/engine/random';
import {
  MAX_POINTS,
  blobs,
  circles,
  linspace,
  moons,
  spiral,
  xor,
  type Dataset,
} from '../../../src/engine/datasets';
import { assertClose } from './fixtures/assert-close';
import { loadFixture } from './fixtures/load-fixture';

// Made by fixtures/generate_python_fixtures.py: the same formulas in plain Python, with
// random.Random as the generator and the math module's cos and sin.
interface DatasetCase {
  name: 'moons' | 'circles' | 'blobs' | 'xor' | 'spiral';
  seed: number;
  args: number[];
  xs: number[][];
  ys: number[];
}
interface Fixture {
  cases: DatasetCase[];
  linspace: { args: [number, number, number, boolean?]; ys: number[] }[];
}
const fixture = loadFixture<Fixture>('datasets-python.json');

type Generator = (rng: Random, ...args: number[]) => Dataset;
const GENERATORS: Record<DatasetCase['name'], Generator> = { moons, circles, blobs, xor, spiral };

function count<T>(xs: readonly T[], x: T): number {
  return xs.filter((y) => y === x).length;
}

function sortedPoints(points: number[][]): number[][] {
  return points.slice().sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

describe('datasets: the documented formulas, as the same steps give in Python', () => {
  // Labels and order must match exactly. Coordinates go through cos, sin or gauss except
  // xor's (uniform only, so bit for bit); the others agree to a last-bit rounding.
  for (const c of fixture.cases) {
    it(`${c.name}(seed ${c.seed}${c.args.length ? ', ' + c.args.join(', ') : ''})`, () => {
      const data = GENERATORS[c.name](new Random(c.seed), ...c.args);
      assert.deepStrictEqual(data.ys, c.ys);
      if (c.name === 'xor') assert.deepStrictEqual(data.xs, c.xs);
      else assertClose(data.xs, c.xs, 'xs');
    });
  }

  it('the comparison catches a coordinate off by more than a last-bit rounding', () => {
    const c = fixture.cases.find((d) => d.name === 'moons' && d.args.length === 0);
    assert.ok(c);
    const data = moons(new Random(c.seed));
    data.xs[17][1] += 1e-12;
    assert.throws(() => assertClose(data.xs, c.xs, 'xs'), /xs\[17\]\[1\]/);
  });
});

describe('linspace: numpy.linspace', () => {
  it('matches numpy on a few cases (values printed by numpy 2.4)', () => {
    assert.deepStrictEqual(linspace(0, 1, 5), [0, 0.25, 0.5, 0.75, 1]);
    assert.deepStrictEqual(linspace(2, 3, 1), [2]);
    assert.deepStrictEqual(linspace(2, 3, 0), []);
    // i * step + a, not a + i * (b - a) / (n - 1): they differ at i = 5 here.
    assert.deepStrictEqual(
      linspace(0, 1, 50).slice(0, 8),
      [
        0, 0.02040816326530612, 0.04081632653061224, 0.061224489795918366, 0.08163265306122448,
        0.1020408163265306, 0.12244897959183673, 0.14285714285714285,
      ],
    );
    assert.notEqual(linspace(0, 1, 50)[5], (5 * (1 - 0)) / 49);
    assert.deepStrictEqual(linspace(0.1, 0.7, 4), [0.1, 0.3, 0.5, 0.7]);
    assert.deepStrictEqual(
      linspace(0, 2 * Math.PI, 4, false),
      [0, 1.5707963267948966, 3.141592653589793, 4.71238898038469],
    );
    assert.equal(linspace(-3, 7.5, 13)[12], 7.5);
  });

  it('matches the Python transcription on every fixture case', () => {
    for (const { args, ys } of fixture.linspace) {
      assert.deepStrictEqual(linspace(...args), ys, `linspace(${args.join(', ')})`);
    }
  });

  it('keeps the endpoint exact and steps through an underflowing step', () => {
    assert.deepStrictEqual(linspace(0, 5e-324, 3), [0, 0, 5e-324]);
    assert.deepStrictEqual(linspace(1, 1, 3), [1, 1, 1]);
  });

  it('rejects a negative, fractional or huge count', () => {
    assert.throws(() => linspace(0, 1, -1), /linspace: n must be a whole number from 0/);
    assert.throws(() => linspace(0, 1, 2.5), RangeError);
    assert.throws(() => linspace(0, 1, MAX_POINTS + 1), RangeError);
  });
});

describe('datasets: shapes, labels and balance', () => {
  const rng = () => new Random(0);

  it('every generator gives n points of 2 coordinates and n labels', () => {
    for (const [name, make] of Object.entries(GENERATORS)) {
      for (const n of [1, 2, 3, 17, 100]) {
        // One point can only be one cluster or arm: blobs and spiral default to two.
        const { xs, ys } =
          n === 1 && (make === blobs || make === spiral) ? make(rng(), 1, 1) : make(rng(), n);
        assert.equal(xs.length, n, name);
        assert.equal(ys.length, n, name);
        assert.ok(
          xs.every((p) => p.length === 2 && p.every(Number.isFinite)),
          name,
        );
      }
    }
  });

  it('moons and circles: n // 2 outer points labelled -1, the rest inner, labelled +1', () => {
    for (const make of [moons, circles]) {
      const { ys } = make(rng(), 101);
      assert.equal(count(ys, -1), 50);
      assert.equal(count(ys, 1), 51);
    }
  });

  it('blobs: ±1 for two centers, 0..k-1 for more, sizes as even as possible', () => {
    const two = blobs(rng(), 9);
    assert.deepStrictEqual([count(two.ys, -1), count(two.ys, 1)], [5, 4]);
    const three = blobs(rng(), 100, 3);
    assert.deepStrictEqual(
      [0, 1, 2].map((j) => count(three.ys, j)),
      [34, 33, 33],
    );
    const one = blobs(rng(), 5, 1);
    assert.deepStrictEqual(one.ys, [0, 0, 0, 0, 0]);
  });

  it('blobs: each cluster lies around its own center', () => {
    const { xs, ys } = blobs(new Random(5), 3000, 3);
    const means = [0, 1, 2].map((j) => {
      const mine = xs.filter((_, i) => ys[i] === j);
      return [0, 1].map((d) => mine.reduce((s, p) => s + p[d], 0) / mine.length);
    });
    for (let j = 0; j < 3; j++) {
      const mine = xs.filter((_, i) => ys[i] === j);
      const spread = Math.sqrt(
        mine.reduce((s, p) => s + (p[0] - means[j][0]) ** 2 + (p[1] - means[j][1]) ** 2, 0) /
          (2 * mine.length),
      );
      assert.ok(Math.abs(spread - 1) < 0.1, `cluster ${j} spread ${spread}`);
      assert.ok(means[j].every((m) => Math.abs(m) < 12));
    }
  });

  it('xor: label +1 exactly where x*y > 0, points inside [-1, 1]²', () => {
    const { xs, ys } = xor(rng(), 500);
    xs.forEach(([x, y], i) => {
      assert.equal(ys[i], x * y > 0 ? 1 : -1);
      assert.ok(x >= -1 && x < 1 && y >= -1 && y < 1);
    });
    assert.ok(count(ys, 1) > 200 && count(ys, -1) > 200);
  });

  it('spiral: classes in blocks, ±1 for two, 0..k-1 for more', () => {
    assert.deepStrictEqual(spiral(rng(), 5).ys, [-1, -1, -1, 1, 1]);
    assert.deepStrictEqual(spiral(rng(), 10, 3).ys, [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });
});

describe('datasets: determinism', () => {
  it('the same seed gives the same data, another seed other data', () => {
    for (const [name, make] of Object.entries(GENERATORS)) {
      const a = make(new Random(42), 50);
      const b = make(new Random(42), 50);
      const c = make(new Random(43), 50);
      assert.deepStrictEqual(a, b, name);
      assert.notDeepStrictEqual(a.xs, c.xs, name);
    }
  });

  it('each call draws from the generator, so consecutive calls differ', () => {
    const rng = new Random(1);
    assert.notDeepStrictEqual(moons(rng, 20), moons(rng, 20));
  });

  it('a generator state restored from a snapshot gives the same data again', () => {
    const rng = new Random(8);
    const saved = rng.getState();
    const first = circles(rng, 30);
    rng.setState(saved);
    assert.deepStrictEqual(circles(rng, 30), first);
  });
});

describe('datasets: geometry', () => {
  it('moons with noise 0 lie exactly on the two half circles of the formulas', () => {
    for (const n of [1, 2, 7, 100, 101]) {
      const { xs, ys } = moons(new Random(3), n, 0);
      const nOut = Math.floor(n / 2);
      const outer = linspace(0, Math.PI, nOut).map((t) => [Math.cos(t), Math.sin(t)]);
      const inner = linspace(0, Math.PI, n - nOut).map((t) => [
        1 - Math.cos(t),
        1 - Math.sin(t) - 0.5,
      ]);
      assert.deepStrictEqual(sortedPoints(xs.filter((_, i) => ys[i] === -1)), sortedPoints(outer));
      assert.deepStrictEqual(sortedPoints(xs.filter((_, i) => ys[i] === 1)), sortedPoints(inner));
      xs.forEach(([x, y], i) => {
        const r = ys[i] === -1 ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
        assert.ok(Math.abs(r - 1) < 1e-15, `point ${i} is ${r} from its center`);
        assert.ok(ys[i] === -1 ? y >= 0 : y <= 0.5);
      });
    }
  });

  it('moons are shuffled: labels are not in blocks', () => {
    const { ys } = moons(new Random(0), 100, 0);
    assert.notDeepStrictEqual(
      ys,
      [...ys].sort((a, b) => a - b),
    );
  });

  it('circles: radius 1 outside and factor inside, with noise 0; near them with noise', () => {
    for (const factor of [0, 0.3, 0.5, 0.99]) {
      const { xs, ys } = circles(new Random(4), 60, 0, factor);
      xs.forEach(([x, y], i) => {
        const want = ys[i] === -1 ? 1 : factor;
        assert.ok(Math.abs(Math.hypot(x, y) - want) < 1e-15);
      });
    }
    const noisy = circles(new Random(4), 400, 0.05, 0.5);
    const radii = noisy.xs.map(([x, y]) => Math.hypot(x, y));
    const mean = (label: number) => {
      const mine = radii.filter((_, i) => noisy.ys[i] === label);
      return mine.reduce((s, r) => s + r, 0) / mine.length;
    };
    assert.ok(Math.abs(mean(-1) - 1) < 0.02 && Math.abs(mean(1) - 0.5) < 0.02);
  });

  it('spiral: point i of arm j has radius r_i and angle t_i plus its own gauss(0, 0.2)', () => {
    const n = 31;
    const classes = 3;
    const { xs, ys } = spiral(new Random(6), n, classes);
    const noise = new Random(6); // the same stream: spiral draws exactly one gauss per point
    let i = 0;
    for (let j = 0; j < classes; j++) {
      const m = j < n % classes ? Math.ceil(n / classes) : Math.floor(n / classes);
      const radii = linspace(0, 1, m);
      const angles = linspace(j * 4, (j + 1) * 4, m);
      for (let k = 0; k < m; k++, i++) {
        const [x, y] = xs[i];
        assert.equal(ys[i], j);
        const t = angles[k] + noise.gauss(0, 0.2);
        assert.ok(Math.abs(Math.hypot(x, y) - radii[k]) < 1e-15);
        if (radii[k] > 0) {
          const turn = Math.atan2(x, y) - t;
          const wrapped = turn - 2 * Math.PI * Math.round(turn / (2 * Math.PI));
          assert.ok(Math.abs(wrapped) < 1e-12, `point ${i}: angle off by ${wrapped}`);
        }
      }
    }
    assert.equal(i, n);
  });
});

describe('datasets: argument errors', () => {
  const rng = new Random();
  const cases: [() => unknown, RegExp][] = [
    [
      () => moons(rng, 0),
      /moons: n must be a whole number from 1 to 100000 \(how many points\), got 0/,
    ],
    [() => moons(rng, 2.5), /moons: n must be a whole number .* got 2\.5/],
    [() => moons(rng, MAX_POINTS + 1), /moons: n must be/],
    [() => moons(rng, 10, -1), /moons: noise must be a number of at least 0 .* got -1/],
    [() => moons(rng, 10, NaN), /moons: noise must be/],
    [() => moons(rng, 10, Infinity), /moons: noise must be/],
    [() => circles(rng, -3), /circles: n must be/],
    [() => circles(rng, 10, -0.1), /circles: noise must be/],
    [() => circles(rng, 10, 0.1, 1), /circles: factor must be at least 0 and less than 1 .* got 1/],
    [() => circles(rng, 10, 0.1, -0.5), /circles: factor must be/],
    [() => blobs(rng, 0), /blobs: n must be/],
    [() => blobs(rng, 10, 0), /blobs: centers must be a whole number from 1 to 10 .* got 0/],
    [() => blobs(rng, 10, 11), /blobs: centers must be/],
    [() => blobs(rng, 10, 1.5), /blobs: centers must be/],
    [() => xor(rng, 0), /xor: n must be/],
    [() => spiral(rng, 0), /spiral: n must be/],
    [() => spiral(rng, 10, 0), /spiral: classes must be a whole number from 1 to 10 .* got 0/],
    [() => spiral(rng, 3, 4), /spiral: classes must be/],
  ];
  for (const [call, message] of cases) {
    it(`throws a RangeError: ${message.source.replace(/\\/g, '').slice(0, 60)}`, () => {
      assert.throws(call, (e: unknown) => e instanceof RangeError && message.test(e.message));
    });
  }

  it('a rejected call draws nothing from the generator', () => {
    const a = new Random(2);
    assert.throws(() => moons(a, 10, -1), RangeError);
    assert.throws(() => blobs(a, 10, 0), RangeError);
    assert.deepStrictEqual(a.getState(), new Random(2).getState());
  });
});

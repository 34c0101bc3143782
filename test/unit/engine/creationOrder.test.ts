// Backward in reverse creation order (no depth-first search) against the reference path
// (creation order off: every node sorted by DFS), and the demo's trajectory bit for bit.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { directDemo } from '../../../bench/demoStepDirect';
import { useCreationOrder } from '../../../src/engine/creationOrder';
import { Value } from '../../../src/engine/value';

/** Runs f with the creation order on, then off; returns both results. */
function bothWays<T>(f: () => T): [T, T] {
  try {
    useCreationOrder(true);
    const on = f();
    useCreationOrder(false);
    const off = f();
    return [on, off];
  } finally {
    useCreationOrder(true);
  }
}

describe('backward in reverse creation order', () => {
  // The bench's demo step (micrograd's, on ToyGrad's seeded moons): the losses the engine gave
  // with a depth-first sort before the creation order existed.
  it('gives the demo’s losses bit for bit (step 0, 1 and 99), both ways', function () {
    this.timeout(120_000);
    const [on, off] = bothWays(() => {
      const demo = directDemo();
      const losses: number[] = [];
      for (let k = 0; k < 100; k++) losses.push(demo.step(k).loss);
      return losses;
    });
    assert.deepEqual(
      [on[0], on[1], on[99]],
      [1.9839684367875015, 0.7163387973234565, 0.01984610544817309],
    );
    assert.deepEqual(on, off);
  });

  it('keeps fresh adjoints when a graph is reused after a pass (micrograd #53), both ways', () => {
    const [on, off] = bothWays(() => {
      const p = new Value(3);
      const sq = p.mul(p);
      sq.backward();
      const first = [p.grad, sq.grad];
      const out = sq.add(1).mul(sq); // old nodes (sq, p) under new ones
      out.backward();
      return [...first, p.grad, sq.grad, out.grad];
    });
    // d(out)/d(sq) = 2*sq + 1 = 19; d(out)/dp = 19 * 6 = 114
    assert.deepEqual(on, [6, 1, 120, 20, 1]);
    assert.deepEqual(on, off);
  });

  it('reaches only what the output reaches: a node made later or beside it keeps its grad', () => {
    const x = new Value(2);
    const y = x.mul(3);
    const aside = x.mul(5); // made before the output, not part of it
    const out = y.add(1);
    const after = out.mul(2); // made after the output
    out.backward();
    assert.deepEqual([x.grad, y.grad, aside.grad, out.grad, after.grad], [3, 1, 0, 1, 0]);
    after.backward(); // old nodes only: sorted the slow way, same rules
    assert.deepEqual([x.grad, y.grad, aside.grad, out.grad, after.grad], [9, 3, 0, 3, 1]);
  });

  it('agrees with the reference path on random graphs with passes in between', () => {
    type Step = { kind: 'op'; op: number; i: number; j: number } | { kind: 'back'; i: number };
    const step = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant('op' as const),
          op: fc.nat(7),
          i: fc.nat(),
          j: fc.nat(),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('back' as const), i: fc.nat() }) },
    );
    const run = (steps: readonly Step[]): number[] => {
      const pool = [new Value(0.5), new Value(-1.25), new Value(2)];
      for (const s of steps) {
        const a = pool[s.i % pool.length];
        if (s.kind === 'back') {
          a.backward();
          continue;
        }
        const b = pool[s.j % pool.length];
        const ops = [
          () => a.add(b),
          () => a.mul(b),
          () => a.sub(b),
          () => a.tanh(),
          () => a.mul(0.5),
          () => a.relu().add(1),
          () => b.rsub(2).mul(a),
          () => a.add(a),
        ];
        pool.push(ops[s.op]());
      }
      pool[pool.length - 1].backward();
      return pool.map((v) => v.grad);
    };
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const [on, off] = bothWays(() => run(steps));
        for (let k = 0; k < on.length; k++) {
          const tol = 1e-12 * Math.max(1, Math.abs(off[k]));
          if (!(Math.abs(on[k] - off[k]) <= tol || Object.is(on[k], off[k]))) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

// Every op's gradient against central finite differences, on random inputs and on random
// expression trees.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { MLP } from '../../../src/engine/nn';
import { Random } from '../../../src/engine/random';
import { useTape } from '../../../src/engine/tapeSwitch';
import { Value } from '../../../src/engine/value';

type Unary = (v: Value) => Value;
type Binary = (a: Value, b: Value) => Value;

const unary: Record<string, { f: Unary; domain: [number, number] }> = {
  neg: { f: (v) => v.neg(), domain: [-3, 3] },
  tanh: { f: (v) => v.tanh(), domain: [-3, 3] },
  relu: { f: (v) => v.relu(), domain: [-3, 3] },
  exp: { f: (v) => v.exp(), domain: [-3, 3] },
  log: { f: (v) => v.log(), domain: [0.1, 5] },
  sigmoid: { f: (v) => v.sigmoid(), domain: [-5, 5] },
  sqrt: { f: (v) => v.sqrt(), domain: [0.1, 5] },
  sin: { f: (v) => v.sin(), domain: [-3, 3] },
  cos: { f: (v) => v.cos(), domain: [-3, 3] },
  abs: { f: (v) => v.abs(), domain: [-3, 3] },
  'pow 2': { f: (v) => v.pow(2), domain: [-3, 3] },
  'pow -1.5': { f: (v) => v.pow(-1.5), domain: [0.2, 3] },
  'add k': { f: (v) => v.add(1.5), domain: [-3, 3] },
  'sub k': { f: (v) => v.sub(1.5), domain: [-3, 3] },
  'k sub': { f: (v) => v.rsub(1.5), domain: [-3, 3] },
  'mul k': { f: (v) => v.mul(-2.5), domain: [-3, 3] },
  'div k': { f: (v) => v.div(-2.5), domain: [-3, 3] },
  'k div': { f: (v) => v.rdiv(2.5), domain: [0.3, 3] },
  'k pow': { f: (v) => v.rpow(2.5), domain: [-3, 3] },
};

const binary: Record<string, { f: Binary; a: [number, number]; b: [number, number] }> = {
  add: { f: (a, b) => a.add(b), a: [-3, 3], b: [-3, 3] },
  sub: { f: (a, b) => a.sub(b), a: [-3, 3], b: [-3, 3] },
  mul: { f: (a, b) => a.mul(b), a: [-3, 3], b: [-3, 3] },
  div: { f: (a, b) => a.div(b), a: [-3, 3], b: [0.3, 3] },
  pow: { f: (a, b) => a.pow(b), a: [0.3, 3], b: [-2, 2] },
};

const H = 1e-6;
function numeric(f: (x: number) => number, x: number): number {
  return (f(x + H) - f(x - H)) / (2 * H);
}
function agree(analytic: number, approx: number): boolean {
  return Math.abs(analytic - approx) <= 1e-5 * Math.max(1, Math.abs(analytic), Math.abs(approx));
}
// Finite differences are meaningless right at a kink (relu/abs at 0): keep away from it.
const awayFromKinks = (x: number) => Math.abs(x) > 1e-3;

// Both ways: with the tape (fused neurons) and on the reference path.
for (const tapeOn of [true, false])
  describe(`gradients against central finite differences (tape ${tapeOn ? 'on' : 'off'})`, () => {
    let tapeBefore = true;
    before(() => {
      tapeBefore = useTape(tapeOn);
    });
    after(() => {
      useTape(tapeBefore);
    });

    it('an MLP’s parameters and inputs', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1000 }),
          fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 3, maxLength: 3 }),
          (seed, x) => {
            const model = new MLP(3, [4, 2], 'tanh', 'sigmoid', new Random(seed));
            const params = model.parameters();
            const forward = (): Value => {
              const [a, b] = model.call([new Value(x[0]), x[1], new Value(x[2])]) as Value[];
              return a.mul(b);
            };
            forward().backward();
            for (const p of params) {
              const analytic = p.grad;
              const keep = p.data;
              const approx = numeric((t) => {
                p.data = t;
                const y = forward().data;
                p.data = keep;
                return y;
              }, keep);
              assert.ok(agree(analytic, approx), `${analytic} vs ${approx}`);
            }
          },
        ),
        { numRuns: 50 },
      );
    });

    it('an MLP of one output (a fused call with the tape on): parameters and inputs', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1000 }),
          fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 3, maxLength: 3 }),
          (seed, x) => {
            const model = new MLP(3, [4, 3, 1], 'tanh', 'sigmoid', new Random(seed));
            const inputs = [new Value(x[0]), new Value(x[2])];
            const forward = (): Value => {
              const s = model.call([inputs[0], x[1], inputs[1]]) as Value;
              return s.mul(model.call([inputs[1], inputs[0], x[0]]) as Value);
            };
            forward().backward();
            for (const p of [...model.parameters(), ...inputs]) {
              const analytic = p.grad;
              const keep = p.data;
              const approx = numeric((t) => {
                p.data = t;
                const y = forward().data;
                p.data = keep;
                return y;
              }, keep);
              assert.ok(agree(analytic, approx), `${analytic} vs ${approx}`);
            }
          },
        ),
        { numRuns: 30 },
      );
    });

    for (const [name, { f, domain }] of Object.entries(unary)) {
      it(`${name}`, () => {
        fc.assert(
          fc.property(
            fc.double({ min: domain[0], max: domain[1], noNaN: true }).filter(awayFromKinks),
            (x) => {
              const v = new Value(x);
              f(v).backward();
              const approx = numeric((t) => f(new Value(t)).data, x);
              return agree(v.grad, approx);
            },
          ),
          { numRuns: 200 },
        );
      });
    }
    for (const [name, { f, a: da, b: db }] of Object.entries(binary)) {
      it(`${name} (both operands)`, () => {
        fc.assert(
          fc.property(
            fc.double({ min: da[0], max: da[1], noNaN: true }),
            fc.double({ min: db[0], max: db[1], noNaN: true }),
            (x, y) => {
              const a = new Value(x);
              const b = new Value(y);
              f(a, b).backward();
              const ga = numeric((t) => f(new Value(t), new Value(y)).data, x);
              const gb = numeric((t) => f(new Value(x), new Value(t)).data, y);
              return agree(a.grad, ga) && agree(b.grad, gb);
            },
          ),
          { numRuns: 200 },
        );
      });
    }

    // Random expression trees over three inputs, each node a smooth op with a safe domain.
    type Tree = { op: 'leaf'; i: number } | { op: string; l: Tree; r?: Tree };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
      t: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.record({ op: fc.constant('leaf' as const), i: fc.integer({ min: 0, max: 2 }) }),
        fc.record({ op: fc.constantFrom('+', '-', '*'), l: tie('t'), r: tie('t') }),
        fc.record({ op: fc.constantFrom('tanh', 'sin', 'sigmoid', 'sq', 'half'), l: tie('t') }),
      ),
    })).t;

    function evalTree(t: Tree, xs: Value[]): Value {
      if (t.op === 'leaf') return xs[(t as { i: number }).i];
      const n = t as { op: string; l: Tree; r?: Tree };
      const l = evalTree(n.l, xs);
      switch (n.op) {
        case '+':
          return l.add(evalTree(n.r!, xs));
        case '-':
          return l.sub(evalTree(n.r!, xs));
        case '*':
          return l.mul(evalTree(n.r!, xs));
        case 'tanh':
          return l.tanh();
        case 'sin':
          return l.sin();
        case 'sigmoid':
          return l.sigmoid();
        case 'sq':
          return l.pow(2);
        default:
          return l.mul(0.5);
      }
    }

    it('random expression trees', () => {
      fc.assert(
        fc.property(
          tree,
          fc.array(fc.double({ min: -1.5, max: 1.5, noNaN: true }), { minLength: 3, maxLength: 3 }),
          (t, x) => {
            const xs = x.map((d) => new Value(d));
            const out = evalTree(t, xs);
            out.backward();
            for (let i = 0; i < 3; i++) {
              const approx = numeric((d) => {
                const ys = x.map((v, j) => new Value(j === i ? d : v));
                return evalTree(t, ys).data;
              }, x[i]);
              assert.ok(agree(xs[i].grad, approx), `input ${i}: ${xs[i].grad} vs ${approx}`);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });

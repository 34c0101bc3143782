// The backward stepper's local derivatives (localTerms.ts) are the numbers backward uses
// (value.ts's propagate): for every op, each input's term equals the grad one backward pass
// gives it from the node alone, bit for bit.
import { strict as assert } from 'node:assert';
import { localTerms } from '../../../src/engine/localTerms';
import { Value } from '../../../src/engine/value';

const unary: Record<string, (v: Value) => Value> = {
  neg: (v) => v.neg(),
  tanh: (v) => v.tanh(),
  relu: (v) => v.relu(),
  exp: (v) => v.exp(),
  log: (v) => v.log(),
  sigmoid: (v) => v.sigmoid(),
  sqrt: (v) => v.sqrt(),
  sin: (v) => v.sin(),
  cos: (v) => v.cos(),
  abs: (v) => v.abs(),
  'pow 3': (v) => v.pow(3),
  'pow -1.5': (v) => v.pow(-1.5),
  'add k': (v) => v.add(1.5),
  'sub k': (v) => v.sub(1.5),
  'k sub': (v) => v.rsub(1.5),
  'mul k': (v) => v.mul(-2.5),
  'div k': (v) => v.div(-2.5),
  'k div': (v) => v.rdiv(2.5),
  'k pow': (v) => v.rpow(2.5),
};

const binary: Record<string, (a: Value, b: Value) => Value> = {
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  pow: (a, b) => a.pow(b),
};

describe("the backward stepper's local rules", () => {
  for (const [name, f] of Object.entries(unary))
    it(`${name}: its term is the grad backward gives its input`, () => {
      for (const x of [0.7, 1.9, -0.4]) {
        if ((name === 'log' || name === 'sqrt' || name === 'pow -1.5') && x < 0) continue;
        const a = new Value(x);
        const out = f(a);
        const terms = localTerms(out);
        assert.equal(terms.length, 1);
        assert.equal(terms[0].input, a);
        out.backward();
        assert.equal(terms[0].local, a.grad, `${name}(${x})`);
      }
    });

  for (const [name, f] of Object.entries(binary))
    it(`${name}: each input's term is the grad backward gives it`, () => {
      const a = new Value(1.3);
      const b = new Value(0.6);
      const out = f(a, b);
      const terms = localTerms(out);
      assert.deepEqual(
        terms.map((t) => t.input),
        [a, b],
      );
      out.backward();
      assert.equal(terms[0].local, a.grad, `${name}: ∂/∂a`);
      assert.equal(terms[1].local, b.grad, `${name}: ∂/∂b`);
    });

  it('a leaf has no terms', () => {
    assert.deepEqual(localTerms(new Value(2)), []);
  });
});

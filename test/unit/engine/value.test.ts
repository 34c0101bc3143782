import { strict as assert } from 'node:assert';
import { Value } from '../../../src/engine/value';
import { EngineError } from '../../../src/engine/errors';
import { resetNodeBudget } from '../../../src/engine/budget';

const close = (actual: number, expected: number, digits = 4) =>
  assert.ok(
    Math.abs(actual - expected) < 0.5 * 10 ** -digits,
    `expected ${expected} to ${digits} places, got ${actual}`,
  );

describe('Value: micrograd’s published numbers', () => {
  it('sanity check (test_engine.py): y.data == -20, x.grad == 46', () => {
    const x = new Value(-4.0);
    const z = x.mul(2).add(2).add(x);
    const q = z.relu().add(z.mul(x));
    const h = z.mul(z).relu();
    const y = h.add(q).add(q.mul(x));
    y.backward();
    assert.equal(y.data, -20);
    assert.equal(x.grad, 46);
  });

  it('more ops (test_engine.py): g == 24.7041, a.grad == 138.8338, b.grad == 645.5773', () => {
    const a = new Value(-4.0);
    const b = new Value(2.0);
    let c = a.add(b);
    let d = a.mul(b).add(b.pow(3));
    c = c.add(c.add(1));
    c = c.add(c.add(1).add(a.neg())); // c += 1 + c + (-a)
    d = d.add(d.mul(2).add(b.add(a).relu()));
    d = d.add(d.mul(3).add(b.sub(a).relu()));
    const e = c.sub(d);
    const f = e.pow(2);
    let g = f.div(2.0);
    g = g.add(f.rdiv(10.0));
    g.backward();
    close(g.data, 24.7041);
    close(a.grad, 138.8338);
    close(b.grad, 645.5773);
  });

  it('the lecture neuron: x1.grad -1.5, w1.grad 1.0, x2.grad 0.5, w2.grad 0.0', () => {
    const x1 = new Value(2.0, 'x1');
    const x2 = new Value(0.0, 'x2');
    const w1 = new Value(-3.0, 'w1');
    const w2 = new Value(1.0, 'w2');
    const b = new Value(6.8813735870195432, 'b');
    const n = x1.mul(w1).add(x2.mul(w2)).add(b);
    const o = n.tanh();
    o.backward();
    close(o.data, 0.7071);
    close(x1.grad, -1.5);
    close(w1.grad, 1.0);
    close(x2.grad, 0.5);
    close(w2.grad, 0.0);
  });

  it('the lecture neuron with exp: the same grads', () => {
    const x1 = new Value(2.0);
    const x2 = new Value(0.0);
    const w1 = new Value(-3.0);
    const w2 = new Value(1.0);
    const b = new Value(6.8813735870195432);
    const n = x1.mul(w1).add(x2.mul(w2)).add(b);
    const e = n.mul(2).exp();
    const o = e.sub(1).div(e.add(1));
    o.backward();
    close(x1.grad, -1.5);
    close(w1.grad, 1.0);
    close(x2.grad, 0.5);
    close(w2.grad, 0.0);
  });

  it('the lecture expression L = d * f', () => {
    const a = new Value(2.0, 'a');
    const b = new Value(-3.0, 'b');
    const c = new Value(10.0, 'c');
    const e = a.mul(b);
    const d = e.add(c);
    const f = new Value(-2.0, 'f');
    const L = d.mul(f);
    L.backward();
    assert.deepEqual(
      [L.data, L.grad, d.grad, f.grad, e.grad, c.grad, a.grad, b.grad],
      [-8, 1, -2, 4, -2, -2, 6, -4],
    );
  });

  it('b = a + a gives a.grad == 2 (a node used twice gets both contributions)', () => {
    const a = new Value(3.0);
    const b = a.add(a);
    b.backward();
    assert.equal(a.grad, 2);
  });
});

describe('Value: backward semantics', () => {
  it('repeated calls accumulate like micrograd on a fresh graph', () => {
    const a = new Value(2);
    const b = a.mul(a);
    b.backward();
    b.backward();
    assert.equal(a.grad, 8);
    assert.equal(b.grad, 2);
  });

  it('never propagates a stale gradient left in an intermediate node (micrograd #53)', () => {
    const x = new Value(3);
    const h = x.mul(2);
    const y1 = h.mul(h);
    y1.backward(); // leaves h.grad = 12, x.grad = 24
    x.grad = 0;
    const y2 = h.add(1);
    y2.backward(); // micrograd would push h.grad = 12 + 1 into x again
    assert.equal(x.grad, 2);
    assert.equal(h.grad, 13);
  });

  it('handles a chain 1,000,000 deep without recursion', function () {
    this.timeout(60000);
    const x = new Value(1);
    let v = x;
    for (let i = 0; i < 1_000_000; i++) v = v.mul(1.0000001).add(0);
    v.backward();
    close(x.grad, 1.0000001 ** 1_000_000, 6);
  });

  it('handles a graph of 2,000,000 nodes', function () {
    this.timeout(60000);
    const leaves = Array.from({ length: 1000 }, (_, i) => new Value(i / 1000));
    let acc = new Value(0);
    for (let i = 0; i < 999_000; i++) acc = acc.add(leaves[i % 1000].mul(0.5));
    acc.backward();
    assert.equal(leaves[3].grad, 999 * 0.5);
  });

  it('reports NaN and infinite gradients, nearest the output first', () => {
    const x = new Value(0, 'x');
    const r = x.sqrt();
    r.label = 'r';
    const y = r.mul(3);
    const report = y.backward();
    assert.deepEqual(
      report.nonFinite.map((v) => v.label),
      ['x'],
    );
    assert.equal(x.grad, Infinity);
  });
});

describe('Value: ops and their errors', () => {
  it('names ops as micrograd does', () => {
    const a = new Value(2);
    const b = new Value(3);
    assert.deepEqual(
      [
        a.add(b),
        a.mul(b),
        a.pow(2),
        a.tanh(),
        a.relu(),
        a.exp(),
        a.sub(b),
        a.div(b),
        a.neg(),
        a.pow(b),
      ].map((v) => v.op),
      ['+', '*', '**2', 'tanh', 'ReLU', 'exp', '-', '/', 'neg', '**'],
    );
    assert.equal(a.op, '');
  });

  it('keeps a number operand out of the graph until inputs are asked for', () => {
    const x = new Value(2, 'x');
    const y = x.rsub(1); // 1 - x
    const inputs = y.inputs;
    assert.equal(inputs.length, 2);
    assert.equal(inputs[0].data, 1);
    assert.ok(inputs[0].isConstant);
    assert.equal(inputs[1], x);
    y.backward();
    assert.equal(x.grad, -1);
    assert.equal(y.data, -1);
    assert.deepEqual(x.pow(2).inputs, [x]);
  });

  it('raises ZeroDivisionError and ValueError instead of silent NaN', () => {
    const kind = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        assert.ok(e instanceof EngineError);
        return e.kind;
      }
      return 'none';
    };
    assert.equal(
      kind(() => new Value(1).div(0)),
      'ZeroDivisionError',
    );
    assert.equal(
      kind(() => new Value(1).div(new Value(0))),
      'ZeroDivisionError',
    );
    assert.equal(
      kind(() => new Value(0).rdiv(1)),
      'ZeroDivisionError',
    );
    assert.equal(
      kind(() => new Value(0).log()),
      'ValueError',
    );
    assert.equal(
      kind(() => new Value(-1).log()),
      'ValueError',
    );
    assert.equal(
      kind(() => new Value(-1).sqrt()),
      'ValueError',
    );
    assert.equal(
      kind(() => new Value(-8).pow(1 / 3)),
      'ValueError',
    );
    assert.equal(
      kind(() => new Value(0).pow(-1)),
      'ZeroDivisionError',
    );
    assert.equal(
      kind(() => new Value(-8).pow(3)),
      'none',
    );
  });

  it('sigmoid is stable for large inputs', () => {
    assert.equal(new Value(-1000).sigmoid().data, 0);
    assert.equal(new Value(1000).sigmoid().data, 1);
  });
});

describe('the node budget', () => {
  afterEach(() => resetNodeBudget(Number.POSITIVE_INFINITY));

  it('ends a graph that grows past the cap without a backward pass with a LimitError', () => {
    resetNodeBudget(1000);
    let v = new Value(1);
    assert.throws(
      () => {
        for (let i = 0; i < 2000; i++) v = v.add(1);
      },
      (e: unknown) =>
        e instanceof EngineError && e.kind === 'LimitError' && /1,000 graph nodes/.test(e.message),
    );
  });

  it('lets a training loop run any number of steps: each backward starts a new allowance', () => {
    resetNodeBudget(1000);
    const w = new Value(0.5);
    for (let step = 0; step < 50; step++) {
      let loss = w.mul(1);
      for (let i = 0; i < 900; i++) loss = loss.add(w);
      loss.backward();
    }
    assert.ok(w.grad > 0);
  });
});

import { strict as assert } from 'node:assert';
import type { KernelEvent, NameInfo, ValueInfo } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

// micrograd's Value written as a dataclass (as blog posts do): the generated __init__ sets
// data and grad as instance attributes, so the tools read it as a Value-like object. Expected
// numbers are what CPython prints for the same program.
const ENGINE = `from dataclasses import dataclass, field
from typing import Callable

@dataclass(eq=False)
class Value:
    data: float
    grad: float = 0.0
    _backward: Callable = field(default=lambda: None, repr=False)
    _prev: set = field(default_factory=set, repr=False)
    _op: str = field(default='', repr=False)

    def __add__(self, other):
        out = Value(self.data + other.data, _prev={self, other}, _op='+')
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        out = Value(self.data * other.data, _prev={self, other}, _op='*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo, seen = [], set()
        def build(v):
            if v not in seen:
                seen.add(v)
                for c in v._prev:
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()
`;

const CELL = `a = Value(2.0)
b = Value(-3.0)
c = Value(10.0)
e = a * b
d = e + c
`;

function session() {
  const events: KernelEvent[] = [];
  const s = new Session({
    emit: (e) => events.push(e),
    maxGraphNodes: 1_000_000,
    maxRunMillis: 60_000,
  });
  let id = 0;
  const known: Record<string, NameInfo> = {};
  const collect = (): KernelEvent[] => {
    for (const e of events) if (e.type === 'done') Object.assign(known, e.names);
    return events.slice();
  };
  return {
    known,
    run(code: string, cellId: string): KernelEvent[] {
      events.length = 0;
      s.handle({ type: 'run', runId: ++id, cellId, code, firstLine: 1 });
      return collect();
    },
    backward(cellId: string): KernelEvent[] {
      events.length = 0;
      s.handle({ type: 'backward', runId: ++id, cellId });
      return collect();
    },
    graph(name: string) {
      events.length = 0;
      s.handle({ type: 'graph', requestId: ++id, target: { name }, maxValues: 1000 });
      return (events.find((x) => x.type === 'graph') as Extract<KernelEvent, { type: 'graph' }>)
        .graph!;
    },
  };
}

const noError = (events: KernelEvent[]): void =>
  assert.equal(
    events.find((e) => e.type === 'error'),
    undefined,
  );

describe('a dataclass Value in the tools', () => {
  it('hovers it as a Value: data, grad, op and inputs', () => {
    const { run, known } = session();
    noError(run(ENGINE, 'engine'));
    noError(run(CELL, 'cell'));
    const d = known['d'] as ValueInfo;
    assert.equal(d.kind, 'value');
    assert.equal(d.type, 'Value');
    assert.equal(d.data, 4);
    assert.equal(d.op, '+');
    assert.deepEqual([...d.inputs].sort(), ['c', 'e']);
  });

  it('graphs its nodes and runs its own backward (CPython’s grads)', () => {
    const { run, backward, graph, known } = session();
    run(ENGINE, 'engine');
    run(CELL, 'cell');
    const g = graph('d');
    assert.equal(g.totalValues, 5);
    assert.equal(g.values.find((v) => v.label === 'e')!.op, '*');
    noError(backward('cell'));
    assert.equal((known['a'] as ValueInfo).grad, -3);
    assert.equal((known['b'] as ValueInfo).grad, 2);
    assert.equal((known['c'] as ValueInfo).grad, 1);
  });
});

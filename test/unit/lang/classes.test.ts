// Classes, special methods and exceptions, run as a user meets them (a program through the
// interpreter) and compared with what CPython 3.11 prints for the same text.

import * as assert from 'node:assert/strict';
import { MICROGRAD as MICROGRAD_CLASSES } from '../../../bench/userEngine';
import { Interpreter } from '../../../src/lang/interpreter';
import { errorOf, output, py, RecordingHost, run } from './runProgram';

/** micrograd's engine.py and nn.py (the bench's text) and a short run. */
const MICROGRAD = `${MICROGRAD_CLASSES}

model = MLP(2, [4, 4, 1])
print(model)
xs = [[2.0, 3.0], [3.0, -1.0], [0.5, 1.0], [1.0, 1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
for k in range(3):
    ypred = [model(x) for x in xs]
    loss = sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))
    model.zero_grad()
    loss.backward()
    for p in model.parameters():
        p.data += -0.05 * p.grad
    print(k, round(loss.data, 9))
print(len(model.parameters()), Value(2.0) * 3 - 1, (Value(4.0) / 2).data, (2 / Value(4.0)).data)
`;

describe('classes: user-written engines run unchanged', () => {
  it("runs micrograd's engine.py + nn.py and prints what CPython prints", () => {
    assert.equal(
      output(MICROGRAD),
      'MLP of [Layer of [ReLUNeuron(2), ReLUNeuron(2), ReLUNeuron(2), ReLUNeuron(2)], Layer of [ReLUNeuron(4), ReLUNeuron(4), ReLUNeuron(4), ReLUNeuron(4)], Layer of [LinearNeuron(4)]]\n' +
        '0 6.034855296\n1 4.134803662\n2 3.843239779\n' +
        '37 Value(data=5.0, grad=0) 2.0 0.5\n',
    );
  });

  it('runs a microgpt-style Value with __slots__ and _local_grads', () => {
    const code = py`
      class Value:
          __slots__ = ('data', 'grad', '_children', '_local_grads')
          def __init__(self, data, children=(), local_grads=()):
              self.data = data
              self.grad = 0
              self._children = children
              self._local_grads = local_grads
          def __add__(self, other):
              other = other if isinstance(other, Value) else Value(other)
              return Value(self.data + other.data, (self, other), (1, 1))
          def __mul__(self, other):
              other = other if isinstance(other, Value) else Value(other)
              return Value(self.data * other.data, (self, other), (other.data, self.data))
          def __radd__(self, other): return self + other
          def __rmul__(self, other): return self * other
          def backward(self):
              topo, visited = [], set()
              def build(v):
                  if v not in visited:
                      visited.add(v)
                      for c in v._children:
                          build(c)
                      topo.append(v)
              build(self)
              self.grad = 1
              for v in reversed(topo):
                  for c, g in zip(v._children, v._local_grads):
                      c.grad += g * v.grad
      a, b = Value(2.0), Value(-3.0)
      c = a * b + 2 * a + 1
      c.backward()
      print(c.data, a.grad, b.grad)
      try:
          a.label = 'a'
      except AttributeError as e:
          print(e)
    `;
    assert.equal(output(code), "-1.0 -1.0 2.0\n'Value' object has no attribute 'label'\n");
  });

  it('keeps class-level names out of methods, and lets a method be assigned later', () => {
    const code = py`
      x = 'global'
      class K:
          x = 'class'
          y = x + '!'
          def get(self):
              return x
          def relu(self):
              return 'relu'
      K.activate = K.relu
      k = K()
      print(K.y, k.get(), k.x, k.activate(), type(k).__name__, K.__mro__)
    `;
    assert.equal(
      output(code),
      "class! global class relu K (<class '__main__.K'>, <class 'object'>)\n",
    );
  });

  it('dispatches reflected operators and NotImplemented as CPython does', () => {
    const code = py`
      class M:
          def __init__(self, v): self.v = v
          def __add__(self, o):
              return M(self.v + o.v) if isinstance(o, M) else NotImplemented
          def __radd__(self, o): return M(o + self.v)
          def __repr__(self): return f'M({self.v})'
      class N:
          def __radd__(self, o): return 'N.__radd__'
      print(M(1) + M(2), 3 + M(1), sum([M(1), M(2)]), M(1) + N())
      try:
          M(1) + 'a'
      except TypeError as e:
          print(e)
    `;
    assert.equal(
      output(code),
      "M(3) M(4) M(3) N.__radd__\nunsupported operand type(s) for +: 'M' and 'str'\n",
    );
  });

  it('makes instances of a class with __eq__ and no __hash__ unhashable', () => {
    assert.equal(
      errorOf('class P:\n    def __eq__(self, o):\n        return True\ns = {P()}\n'),
      "TypeError: unhashable type: 'P' @4:5",
    );
  });
});

describe('exceptions', () => {
  it('catches every error kind the language raises by its class and its bases', () => {
    const code = py`
      def f(k):
          fs = [lambda: 1 / 0, lambda: [][1], lambda: {}['k'], lambda: int('x'),
                lambda: nope, lambda: (1).x, lambda: f(k)]
          return fs[k]()
      for k in range(7):
          try:
              f(k)
          except ArithmeticError as e:
              print('arith', e)
          except LookupError as e:
              print('lookup', repr(e))
          except RecursionError:
              print('recursion')
          except Exception as e:
              print(type(e).__name__, e)
    `;
    assert.equal(
      output(code),
      'arith division by zero\n' +
        "lookup IndexError('list index out of range')\n" +
        "lookup KeyError('k')\n" +
        "ValueError invalid literal for int() with base 10: 'x'\n" +
        "NameError name 'nope' is not defined\n" +
        "AttributeError 'int' object has no attribute 'x'\n" +
        'recursion\n',
    );
  });

  it('reports an uncaught user exception with its class name at the innermost raise', () => {
    const code = py`
      class TrainingError(Exception):
          pass
      def step(k):
          if k == 2:
              raise TrainingError(f'diverged at {k}')
      for k in range(3):
          step(k)
    `;
    assert.equal(errorOf(code), 'TrainingError: diverged at 2 @5:9');
  });

  it('keeps the position of the original error when a handler re-raises it', () => {
    const code = py`
      def f():
          return {}['missing']
      try:
          f()
      except KeyError:
          x = 1
          raise
    `;
    assert.equal(errorOf(code), "KeyError: 'missing' @2:12");
  });

  it('points an assert at its condition and shows its message', () => {
    assert.equal(errorOf('x = 3\nassert x < 2, f"x is {x}"\n'), 'AssertionError: x is 3 @2:8');
  });

  it('runs finally blocks and restores the call depth after a caught error in deep recursion', () => {
    const code = py`
      def down(n):
          return down(n + 1)
      for i in range(3):
          try:
              down(0)
          except RecursionError as e:
              print(i, e)
          finally:
              print('finally')
      def deep(n):
          return 0 if n == 0 else 1 + deep(n - 1)
      print(deep(900))
    `;
    assert.equal(
      output(code),
      '0 maximum recursion depth exceeded\nfinally\n'.replace(/^/, '') +
        '1 maximum recursion depth exceeded\nfinally\n' +
        '2 maximum recursion depth exceeded\nfinally\n900\n',
    );
  });

  it('does not let `except Exception` or a finally block swallow a stop request', () => {
    const code = py`
      n = 0
      while True:
          try:
              n += 1
          except Exception:
              print('caught')
          finally:
              pass
    `;
    const host = new RecordingHost();
    host.stopAfterPolls = 3;
    const r = { outcome: new Interpreter(host).runCell(code), out: host.rec.out };
    assert.equal(r.outcome.status, 'stopped');
    assert.equal(r.out, '');
  });

  it('does not let `except Exception` catch the time limit or the graph-node limit', () => {
    const spin = py`
      try:
          while True:
              pass
      except Exception:
          print('caught')
    `;
    const timed = run(spin, 1, { maxMillis: 50 });
    assert.equal(timed.outcome.error?.kind, 'LimitError');
    assert.equal(timed.out, '');
    const nodes = py`
      try:
          v = Value(1.0)
          for i in range(100):
              v = v * 2
      except Exception:
          print('not this one')
      except LimitError as e:
          print('LimitError caught')
    `;
    assert.equal(run(nodes, 1, { maxNodes: 50 }).out, 'LimitError caught\n');
  });
});

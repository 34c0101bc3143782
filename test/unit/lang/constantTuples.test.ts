// A tuple display of constants is folded into one tuple per display (compile/constantTuple.ts),
// as CPython folds it into a code object's constants: the same object every evaluation, and
// still a tuple in every other way. Expectations: python3.
import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('constant tuple displays', () => {
  it('give the same tuple each evaluation, and a display with a name a new one', () => {
    const code = py`
      def grads():
          return (1.0, -1, "a", (None, True), ())
      def named(x):
          return (x, 1.0)
      def empty():
          return ()
      print(grads() is grads(), empty() is empty(), named(1) is named(1), grads())
    `;
    assert.equal(output(code), "True True False (1.0, -1, 'a', (None, True), ())\n");
  });

  it('stay unchanged when a program builds on them', () => {
    const code = py`
      def pair():
          return (1.0, 2.0)
      t = pair()
      t += (3.0,)
      xs = list(pair())
      xs.append(4.0)
      print(t, xs, pair(), {pair(): 1}[(1.0, 2.0)], pair() * 2)
    `;
    assert.equal(
      output(code),
      '(1.0, 2.0, 3.0) [1.0, 2.0, 4.0] (1.0, 2.0) 1 (1.0, 2.0, 1.0, 2.0)\n',
    );
  });

  it('serve as the shared local gradients of a scalar engine', () => {
    const code = py`
      class V:
          __slots__ = ("data", "grad", "_inputs", "_local")
          def __init__(self, data, inputs=(), local=()):
              self.data, self.grad, self._inputs, self._local = data, 0.0, inputs, local
          def __add__(self, other):
              return V(self.data + other.data, (self, other), (1.0, 1.0))
      a, b = V(2.0), V(3.0)
      c = a + b
      d = c + a
      d.grad = 1.0
      for node in (d, c):
          for child, local in zip(node._inputs, node._local):
              child.grad += local * node.grad
      print(a.grad, b.grad, c.grad, c._local is d._local, a._inputs is b._inputs)
    `;
    assert.equal(output(code), '2.0 1.0 1.0 True True\n');
  });
});

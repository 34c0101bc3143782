// dir(x) lists what CPython's dir lists for modules and a program's classes and instances.
// Expected outputs are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('dir()', () => {
  it("lists an instance's names, its classes' and object's special methods, sorted", () => {
    const out = output(py`
      class A:
          x = 1
          def f(self): pass
      a = A(); a.y = 2
      print(dir(a))
    `);
    assert.equal(
      out,
      "['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'f', 'x', 'y']\n",
    );
  });

  it('lists the slots of a class with __slots__, and a module public names', () => {
    const out = output(py`
      import math
      class V:
          __slots__ = ("data", "grad")
          def backward(self): pass
      print([n for n in dir(V) if not n.startswith("__")], "__dict__" in dir(V))
      print([n for n in dir(math) if n.startswith("log")], "__name__" in dir(math))
    `);
    assert.equal(
      out,
      "['backward', 'data', 'grad'] False\n['log', 'log10', 'log1p', 'log2'] True\n",
    );
  });

  it('lists the names in scope without an argument: a function’s locals, the globals', () => {
    const out = output(py`
      x = 1
      def f(b, *args, a=2, **kw):
          c = b
          return dir()
      print(f(1), [n for n in dir() if not n.startswith("__")], "__name__" in dir())
    `);
    assert.equal(out, "['a', 'args', 'b', 'c', 'kw'] ['f', 'x'] True\n");
  });
});

// The types module as a program meets it: SimpleNamespace (repr, equality, vars), the runtime's
// classes under their types names for isinstance, and MethodType binding a function. Expected
// outputs are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('types.SimpleNamespace', () => {
  it('holds keyword arguments as attributes, shown as namespace(...)', () => {
    const out = output(py`
      from types import SimpleNamespace
      ns = SimpleNamespace(lr=0.5, name='a')
      ns.steps = 2
      print(ns, vars(ns), ns == SimpleNamespace(lr=0.5, name='a', steps=2))
      ns.me = ns
      print(ns)
    `);
    assert.equal(
      out,
      "namespace(lr=0.5, name='a', steps=2) {'lr': 0.5, 'name': 'a', 'steps': 2} True\n" +
        "namespace(lr=0.5, name='a', steps=2, me=namespace(...))\n",
    );
  });

  it('takes no positional arguments', () => {
    const err = errorOf(py`
      import types
      types.SimpleNamespace({'a': 1})
    `);
    assert.equal(err, 'TypeError: no positional arguments expected @2:1');
  });
});

describe('types: the classes of functions, methods, generators and modules', () => {
  it('answers isinstance as CPython does', () => {
    const out = output(py`
      import types, math
      def f(): yield 1
      class C:
          def m(self): pass
      print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType),
            isinstance(C().m, types.MethodType), isinstance(f(), types.GeneratorType),
            isinstance(math, types.ModuleType), isinstance(len, types.FunctionType))
    `);
    assert.equal(out, 'True True True True True False\n');
  });

  it('MethodType binds a function to an object', () => {
    const out = output(py`
      import types
      class Neuron:
          pass
      def fire(self, x):
          return (type(self).__name__, x)
      n = Neuron()
      n.fire = types.MethodType(fire, n)
      print(n.fire(3), n.fire.__self__ is n)
    `);
    assert.equal(out, "('Neuron', 3) True\n");
  });

  it('MethodType refuses what is not callable, where it is called', () => {
    const err = errorOf(py`
      import types
      m = types.MethodType(5, object())
    `);
    assert.equal(err, 'TypeError: first argument must be callable @2:5');
  });
});

// The special methods of built-in values and types as a program reads them: `[1].__len__()`,
// `(3).__add__(4)`, `int.__add__`, `hasattr([], '__iter__')`. Each expectation is what
// CPython 3.11 prints for the same program.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';
import {
  builtinSpecialMethod,
  callBuiltinSpecialMethod,
} from '../../../src/lang/runtime/builtinSpecialMethods';

describe('special methods of built-in values', () => {
  it('do what the operator or built-in does', () => {
    const code = py`
      print([1, 2, 3].__len__(), (3).__add__(4), 'ab'.__contains__('a'), {'k': 5}.__getitem__('k'))
      print((7).__divmod__(2), (2).__pow__(10, 1000), (2.675).__round__(2), (5.5).__floor__())
      print((True).__and__(False), True & False, True | False, (6).__xor__(3))
      xs = [3, 1]
      xs.__setitem__(0, 9)
      xs.__iadd__([4])
      print(xs, list([1, 2].__reversed__()), [10, 20].__iter__().__next__())
    `;
    assert.equal(
      output(code),
      '3 7 True 5\n(3, 1) 24 2.67 5\nFalse False True 5\n[9, 1, 4] [2, 1] 10\n',
    );
  });

  it('answer NotImplemented for an operand their type does not take', () => {
    const code = py`
      print((3).__add__(4.0), (3).__add__('a'), (3.0).__add__(4), (1).__eq__(1.0))
      print([1].__lt__((2,)), {1}.__or__([2]), {1: 2}.__or__([]), 'a'.__rmod__(1))
    `;
    assert.equal(
      output(code),
      'NotImplemented NotImplemented 7.0 NotImplemented\n' +
        'NotImplemented NotImplemented NotImplemented NotImplemented\n',
    );
  });

  it('are present only on the types that have them; list.__hash__ is None', () => {
    const code = py`
      print(hasattr([], '__iter__'), hasattr(1, '__iter__'), hasattr('a', '__len__'))
      print(hasattr(1, '__add__'), hasattr(None, '__len__'), [].__hash__, list.__hash__)
    `;
    assert.equal(output(code), 'True False True\nTrue False None None\n');
    assert.equal(
      errorOf('(1).__len__\n'),
      "AttributeError: 'int' object has no attribute '__len__' @1:1",
    );
  });

  it('show as method-wrappers and slot wrappers', () => {
    const code = py`
      print(int.__add__, dict.__getitem__, object.__init__)
      print(type((1).__add__).__name__, type({}.__getitem__).__name__, type(int.__add__).__name__)
      print((1).__add__.__name__, int.__add__.__qualname__, (1).__add__.__self__)
      r = repr([].__len__)
      print(r[:36], r.endswith('>'))
    `;
    assert.equal(
      output(code),
      "<slot wrapper '__add__' of 'int' objects> <method '__getitem__' of 'dict' objects> " +
        "<slot wrapper '__init__' of 'object' objects>\n" +
        'method-wrapper builtin_function_or_method wrapper_descriptor\n' +
        '__add__ int.__add__ 1\n' +
        "<method-wrapper '__len__' of list ob True\n",
    );
  });

  it("check their arguments with CPython's messages", () => {
    assert.equal(errorOf('[].__len__(1)\n'), 'TypeError: expected 0 arguments, got 1 @1:1');
    assert.equal(
      errorOf('(1).__add__(x=1)\n'),
      'TypeError: wrapper __add__() takes no keyword arguments @1:1',
    );
    assert.equal(
      errorOf('[].__getitem__()\n'),
      'TypeError: list.__getitem__() takes exactly one argument (0 given) @1:1',
    );
    assert.equal(
      errorOf("'a'.__mul__('b')\n"),
      "TypeError: 'str' object cannot be interpreted as an integer @1:1",
    );
  });
});

describe('special methods read from built-in types', () => {
  it('take the value first and serve map, sorted and reduce', () => {
    const code = py`
      import functools
      print(int.__add__(1, 2), list.__len__([1, 2]), sorted([3, -1, 2], key=int.__neg__))
      print(list(map(str.__len__, ['a', 'bbb'])), functools.reduce(int.__mul__, [1, 2, 3, 4]))
      d = {}
      dict.__setitem__(d, 'k', 1)
      print(d, object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
    `;
    assert.equal(output(code), "3 2 [3, 2, -1]\n[1, 3] 24\n{'k': 1} True NotImplemented True\n");
  });

  it('refuse a value of another type as a descriptor does', () => {
    assert.equal(
      errorOf('list.__len__(5)\n'),
      "TypeError: descriptor '__len__' requires a 'list' object but received a 'int' @1:1",
    );
    assert.equal(
      errorOf('list.__len__()\n'),
      "TypeError: descriptor '__len__' of 'list' object needs an argument @1:1",
    );
    assert.equal(
      errorOf('dict.__getitem__([], 0)\n'),
      "TypeError: descriptor '__getitem__' for 'dict' objects doesn't apply to a 'list' object @1:1",
    );
  });

  it("are a program's class's through object, and reachable by super()", () => {
    const code = py`
      class Plain:
          pass
      class Same:
          def __eq__(self, other):
              return super().__eq__(other)
          __hash__ = object.__hash__
      p, a = Plain(), Same()
      print(hasattr(p, '__eq__'), hasattr(p, '__len__'), p.__eq__(1), p.__ne__(p))
      print(a == a, a == Same(), hash(a) == object.__hash__(a), Plain.__eq__)
    `;
    assert.equal(
      output(code),
      "True False NotImplemented False\nTrue False True <slot wrapper '__eq__' of 'object' objects>\n",
    );
  });

  it('make runtime_checkable protocols see built-in values', () => {
    const code = py`
      from typing import Protocol, runtime_checkable
      @runtime_checkable
      class Sized(Protocol):
          def __len__(self) -> int: ...
      @runtime_checkable
      class Hashable(Protocol):
          def __hash__(self) -> int: ...
      print(isinstance([], Sized), isinstance(0, Sized), issubclass(list, Sized))
      print(isinstance([], Hashable), isinstance((), Hashable), issubclass(tuple, Hashable))
    `;
    assert.equal(output(code), 'True False True\nFalse True True\n');
  });
});

describe("the engine's Value", () => {
  it("has micrograd's arithmetic special methods, each way round", () => {
    const code = py`
      v = Value(2.0)
      print(v.__add__(1).data, v.__rsub__(1).data, v.__rtruediv__(1).data, v.__neg__().data)
      print(v.__mul__('a'), v.__lt__(3), hasattr(v, '__add__'), hasattr(v, '__len__'))
    `;
    assert.equal(output(code), '3.0 -1.0 0.5 -2.0\nNotImplemented True True False\n');
  });
});

describe('builtinSpecialMethod, the table other runtime code reads', () => {
  it("finds a type's own method, an inherited one, and None", () => {
    assert.equal(builtinSpecialMethod('list', '__len__')?.name, '__len__');
    assert.equal(builtinSpecialMethod('bool', '__add__')?.slot, true);
    assert.equal(builtinSpecialMethod('list', '__eq__')?.name, '__eq__');
    assert.equal(builtinSpecialMethod('list', '__hash__'), null);
    assert.equal(builtinSpecialMethod('int', '__iter__'), undefined);
  });

  it('calls a method with its checks', () => {
    assert.equal(callBuiltinSpecialMethod('list', '__contains__', [1n, 2n], [2n], null), true);
    assert.equal(callBuiltinSpecialMethod('int', '__iter__', 1n, [], null), undefined);
    assert.throws(
      () => callBuiltinSpecialMethod('list', '__contains__', [1], [], null),
      /expected 1 argument, got 0/,
    );
  });
});

// The dataclasses module and the class-body annotations it reads, run as a user meets them;
// expected texts are what CPython 3.11 prints for the same programs.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('class bodies keep their annotations', () => {
  it('stores each annotation in __annotations__, in order, after the assignment', () => {
    assert.equal(
      output(py`
        from typing import List, Optional
        class A:
            x: int
            y: float = 1.5
            kids: List['A'] = []
            up: Optional[int] = None
            u: int | None = None
            def f(self):
                local: int = 3
                return local
        print(A.__annotations__)
        print(A.y, A().f(), 'x' in A.__dict__)
      `),
      "{'x': <class 'int'>, 'y': <class 'float'>, 'kids': typing.List[ForwardRef('A')], 'up': typing.Optional[int], 'u': int | None}\n" +
        '1.5 3 False\n',
    );
  });

  it('an unknown name in a class annotation is a NameError, as CPython evaluates it', () => {
    assert.equal(
      errorOf('class A:\n    x: Undefined = 1\n'),
      "NameError: name 'Undefined' is not defined @2:8",
    );
  });

  it('under from __future__ import annotations, keeps them as CPython writes them back', () => {
    assert.equal(
      output(py`
        from __future__ import annotations
        from typing import Dict, List
        class Value:
            prev: tuple[Value, ...] = ()
            table: Dict[str,List["Value"]]
            either: int|None
        print(Value.__annotations__)
      `),
      "{'prev': 'tuple[Value, ...]', 'table': \"Dict[str, List['Value']]\", 'either': 'int | None'}\n",
    );
  });

  it('a function annotation is still not evaluated', () => {
    assert.equal(output('def f():\n    x: Undefined = 1\n    return x\nprint(f())\n'), '1\n');
  });
});

describe('dataclasses', () => {
  const VALUE = py`
    from dataclasses import dataclass, field
    @dataclass
    class Value:
        data: float
        grad: float = 0.0
        _prev: tuple = field(default=(), repr=False)
  `;

  it('writes __init__, __repr__ and __eq__ from the fields', () => {
    assert.equal(
      output(
        VALUE + 'v = Value(2.0)\nprint(v, v == Value(2.0), v == Value(2.0, 1.0), Value.__doc__)\n',
      ),
      'Value(data=2.0, grad=0.0) True False Value(data: float, grad: float = 0.0, _prev: tuple = ())\n',
    );
  });

  it('generated methods are functions of the class, found and called like the program’s own', () => {
    assert.equal(
      output(
        VALUE +
          py`
          print(Value.__init__.__name__, Value.__init__.__qualname__, callable(Value.__repr__))
          class Sub(Value):
              def __repr__(self):
                  return 'Sub:' + super().__repr__()
          print(Sub(1.0), Value.__repr__(Value(3.0)))
        `,
      ),
      '__init__ Value.__init__ True\nSub:Sub(data=1.0, grad=0.0) Value(data=3.0, grad=0.0)\n',
    );
  });

  it('binds arguments with CPython’s messages, at the call', () => {
    assert.equal(
      errorOf(VALUE + 'Value()\n'),
      "TypeError: Value.__init__() missing 1 required positional argument: 'data' @7:1",
    );
    assert.equal(
      errorOf(VALUE + 'Value(1.0, 2.0, (), 4)\n'),
      'TypeError: Value.__init__() takes from 2 to 4 positional arguments but 5 were given @7:1',
    );
  });

  it('eq without frozen makes instances unhashable; eq=False hashes by identity', () => {
    assert.equal(errorOf(VALUE + 's = {Value(1.0)}\n'), "TypeError: unhashable type: 'Value' @7:5");
    assert.equal(
      output(
        py`
        from dataclasses import dataclass
        @dataclass(eq=False)
        class Value:
            data: float
        a = Value(1.0)
        print(len({a, Value(1.0), a}), a == Value(1.0), a == a)
      `,
      ),
      '2 False True\n',
    );
  });

  it('a frozen instance refuses assignment with FrozenInstanceError (an AttributeError)', () => {
    const code = py`
      from dataclasses import dataclass
      @dataclass(frozen=True)
      class P:
          x: int
      p = P(1)
      p.x = 2
    `;
    assert.equal(errorOf(code), "FrozenInstanceError: cannot assign to field 'x' @6:1");
  });

  it('a mutable default is refused at the decorator, as CPython points it', () => {
    const code = py`
      from dataclasses import dataclass
      @dataclass
      class V:
          kids: list = []
    `;
    assert.equal(
      errorOf(code),
      "ValueError: mutable default <class 'list'> for field kids is not allowed: use default_factory @2:2",
    );
  });

  it('repr of an instance that holds itself shows ...', () => {
    assert.equal(
      output(
        py`
        from dataclasses import dataclass
        @dataclass
        class Node:
            val: int
            nxt: object = None
        n = Node(1)
        n.nxt = n
        print(n)
      `,
      ),
      'Node(val=1, nxt=...)\n',
    );
  });

  it('is importable and listed among the modules ToyGrad has', () => {
    assert.match(
      errorOf('import nosuchmodule\n'),
      /statistics, os.path, pathlib, .*bisect, dataclasses, enum, re, argparse, csv, pprint, io, gc, timeit, textwrap, fractions, unicodedata, logging, weakref, hashlib, inspect, datetime, ast.literal_eval and string/,
    );
  });
});

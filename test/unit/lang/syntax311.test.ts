// Python 3.8–3.11 syntax that modern annotated code uses: assignment expressions, types as
// values (PEP 604 unions, PEP 585 aliases, typing's forms) and Ellipsis. Each expectation is
// what CPython 3.11 prints for the same program.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('assignment expressions', () => {
  it('bind in the enclosing function from a comprehension and a generator expression', () => {
    const code = py`
      def f(xs):
          found = [y for x in xs if (y := x * 2) > 2]
          if any((hit := x) > 2 for x in xs):
              return found, y, hit
      print(f([1, 2, 3]))
      print([last := 5, last + 1], last)
    `;
    assert.equal(output(code), '([4, 6], 6, 3)\n[5, 6] 5\n');
  });

  it('leave an unbound name unbound when the branch never assigns', () => {
    const code = py`
      def f(xs):
          ys = [x for x in xs if x > 5 and (big := x)]
          return big
      f([1])
    `;
    assert.equal(
      errorOf(code),
      "UnboundLocalError: cannot access local variable 'big' where it is not associated with a value @3:12",
    );
  });
});

describe('types as values', () => {
  it('print unions, generic aliases and typing forms as CPython', () => {
    const code = py`
      from typing import Optional, Union, List
      class Value: pass
      Num = int | float
      print(Num, Value | None, list[int], dict[str, float], tuple[int, ...])
      print(Optional[int], Union[int, str], List[Value], Optional, int | int)
    `;
    assert.equal(
      output(code),
      'int | float __main__.Value | None list[int] dict[str, float] tuple[int, ...]\n' +
        "typing.Optional[int] typing.Union[int, str] typing.List[__main__.Value] typing.Optional <class 'int'>\n",
    );
  });

  it('check isinstance against a union and compare unions in any order', () => {
    const code = py`
      from typing import Optional
      print(isinstance(3, int | float), isinstance("a", int | None), isinstance(None, Optional[str]))
      print((int | None) == (None | int), Optional[int] == (int | None), (int | str) == (int | float))
    `;
    assert.equal(output(code), 'True False True\nTrue True False\n');
  });

  it("gives CPython's errors for a generic alias in isinstance and a non-type operand", () => {
    assert.equal(
      errorOf('isinstance([], list[int])'),
      'TypeError: isinstance() argument 2 cannot be a parameterized generic @1:1',
    );
    assert.equal(
      errorOf('x = int | "str"'),
      "TypeError: unsupported operand type(s) for |: 'type' and 'str' @1:5",
    );
  });

  it('reads ... as Ellipsis anywhere', () => {
    assert.equal(
      output('def f(): ...\nprint(f(), ..., type(...))\n'),
      "None Ellipsis <class 'ellipsis'>\n",
    );
  });
});

describe('the match statement', () => {
  it('binds captures in the function, and runs only the first case that matches', () => {
    const code = py`
      def walk(e):
          match e:
              case ("+", a, b):
                  return walk(a) + walk(b)
              case int(v) | float(v):
                  return v
              case {"neg": inner}:
                  return -walk(inner)
      print(walk(("+", 1, {"neg": ("+", 2, 0.5)})))
    `;
    assert.equal(output(code), '-1.5\n');
  });

  it('reads __match_args__ for positional sub-patterns, and says when there are too many', () => {
    const code = py`
      class P:
          __match_args__ = ("x",)
          def __init__(self, x):
              self.x = x
      match P(3):
          case P(3):
              print("three")
      match P(3):
          case P(3, 4):
              pass
    `;
    assert.equal(output(code.split('match P(3):\n    case P(3, 4)')[0]), 'three\n');
    assert.equal(errorOf(code), 'TypeError: P() accepts 1 positional sub-pattern (2 given) @9:10');
  });

  it('runs a case body that yields in a generator', () => {
    const code = py`
      def g(xs):
          for x in xs:
              match x:
                  case [k, v]:
                      yield f"{k}={v}"
                  case _:
                      yield "?"
      print(list(g([["a", 1], 2])))
    `;
    assert.equal(output(code), "['a=1', '?']\n");
  });
});

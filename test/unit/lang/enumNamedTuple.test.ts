// enum's classes and typing.NamedTuple class statements, run as a user meets them; expected
// texts are what CPython 3.11 prints for the same programs.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('enum', () => {
  it('makes members of the class body values: lookup by value and name, aliases left out', () => {
    assert.equal(
      output(py`
        from enum import Enum
        class Color(Enum):
            RED = 1
            GREEN = 2
            RUBY = 1
        print(list(Color), len(Color), Color(2), Color['RUBY'], Color.RUBY is Color.RED)
      `),
      '[<Color.RED: 1>, <Color.GREEN: 2>] 2 Color.GREEN Color.RED True\n',
    );
  });

  it('numbers auto() members and gives IntEnum members int arithmetic', () => {
    assert.equal(
      output(py`
        from enum import IntEnum, auto
        class Level(IntEnum):
            LOW = auto()
            HIGH = auto()
        print(Level.HIGH, repr(Level.LOW), Level.HIGH + 1, Level.LOW == 1, Level.LOW < Level.HIGH)
      `),
      '2 <Level.LOW: 1> 3 True True\n',
    );
  });

  it('makes IntEnum and IntFlag members ints: isinstance, index, json, dict keys', () => {
    assert.equal(
      output(py`
        import json
        from enum import IntEnum, IntFlag
        class Color(IntEnum):
            RED = 1
            GREEN = 2
        class Perm(IntFlag):
            R = 4
            W = 2
        print(isinstance(Color.RED, int), ["a", "b", "c"][Color.GREEN], json.dumps([Color.RED]))
        print({1: "one"}[Color.RED], f"{Color.GREEN}", isinstance(Perm.R, int), repr(Perm.R | 1))
        print(Color.GREEN & 3, ~Color.RED, round(Color.GREEN), repr(~Perm.R))
      `),
      'True c [1]\none 2 True <Perm.R|1: 5>\n2 -2 2 <Perm.W|1: 3>\n',
    );
  });

  it('reports a value that is no member as CPython does, at the call', () => {
    assert.equal(
      errorOf(py`
        from enum import Enum
        class Color(Enum):
            RED = 1
        Color(3)
      `),
      'ValueError: 3 is not a valid Color @4:1',
    );
  });

  it('refuses to reassign a member or extend an enum with members', () => {
    assert.equal(
      errorOf('from enum import Enum\nclass C(Enum):\n    A = 1\nC.A = 2\n'),
      "AttributeError: cannot reassign member 'A' @4:1",
    );
    assert.match(
      errorOf('from enum import Enum\nclass C(Enum):\n    A = 1\nclass D(C):\n    B = 2\n'),
      /^TypeError: <enum 'D'> cannot extend <enum 'C'>/,
    );
  });
});

describe('typing.NamedTuple', () => {
  it('makes a namedtuple class of the annotated names, with the body methods', () => {
    assert.equal(
      output(py`
        from typing import NamedTuple
        class P(NamedTuple):
            x: int
            y: int = 2
            def total(self):
                return self.x + self.y
        p = P(1)
        print(p, p.total(), p == (1, 2), P._field_defaults)
      `),
      "P(x=1, y=2) 3 True {'y': 2}\n",
    );
  });

  it('rejects a field without a default after one with a default', () => {
    assert.match(
      errorOf('from typing import NamedTuple\nclass P(NamedTuple):\n    x: int = 0\n    y: int\n'),
      /^TypeError: Non-default namedtuple field y cannot follow default field x @2:1/,
    );
  });

  it('has a functional form', () => {
    assert.equal(
      output("from typing import NamedTuple\nR = NamedTuple('R', [('a', int)])\nprint(R(a=4))\n"),
      'R(a=4)\n',
    );
  });
});

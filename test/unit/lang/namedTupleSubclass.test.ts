// Subclasses of namedtuple and typing.NamedTuple classes, run as a user meets them; expected
// texts are what CPython 3.11 prints for the same programs.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('namedtuple subclasses', () => {
  it('adds methods, properties and __str__ to a namedtuple class, keeping it a tuple', () => {
    assert.equal(
      output(py`
        from collections import namedtuple
        class Point(namedtuple('Point', 'x y')):
            __slots__ = ()
            @property
            def norm(self): return (self.x**2 + self.y**2) ** 0.5
            def __str__(self): return f'({self.x}, {self.y})'
        p = Point(3, 4)
        a, b = p
        print(p, repr(p), p.norm, a + b, p == (3, 4), isinstance(p, tuple), {p: 1}[(3, 4)])
        print(type(p).__mro__)
      `),
      '(3, 4) Point(x=3, y=4) 5.0 7 True True 1\n' +
        "(<class '__main__.Point'>, <class '__main__.Point'>, <class 'tuple'>, <class 'object'>)\n",
    );
  });

  it("repr, _make and _replace use the subclass, named by the subclass's name", () => {
    assert.equal(
      output(py`
        from collections import namedtuple
        Base = namedtuple('Base', 'a b')
        class Pair(Base):
            @classmethod
            def zero(cls): return cls(0, 0)
        p = Pair(1, 2)
        print(repr(p), repr(p._replace(a=5)), repr(Pair._make([3, 4])), repr(Pair.zero()))
        print(type(Pair._make([3, 4])) is Pair, isinstance(p, Base), repr(Base(1, 2)))
      `),
      'Pair(a=1, b=2) Pair(a=5, b=2) Pair(a=3, b=4) Pair(a=0, b=0)\nTrue True Base(a=1, b=2)\n',
    );
  });

  it('runs an overriding __new__ and __repr__ that reach the base through super()', () => {
    assert.equal(
      output(py`
        from collections import namedtuple
        class Span(namedtuple('Span', 'lo hi')):
            def __new__(cls, lo, hi):
                return super().__new__(cls, min(lo, hi), max(lo, hi))
            def __repr__(self):
                return 'Span!' + super().__repr__()
        class Wide(Span):
            def width(self): return self.hi - self.lo
        w = Wide(9, 2)
        print(repr(Span(5, 1)), repr(w), w.width(), Wide.__mro__[1].__name__)
      `),
      'Span!Span(lo=1, hi=5) Span!Wide(lo=2, hi=9) 7 Span\n',
    );
  });

  it('subclasses a typing.NamedTuple class', () => {
    assert.equal(
      output(py`
        from typing import NamedTuple
        class Vec(NamedTuple):
            x: float
            y: float = 0.0
            def dot(self, o): return self.x * o.x + self.y * o.y
        class Vec2(Vec):
            def norm(self): return self.dot(self) ** 0.5
        v = Vec2(3.0, 4.0)
        print(repr(v), v.norm(), repr(Vec2(1.0)), isinstance(v, Vec), Vec2._fields)
      `),
      "Vec2(x=3.0, y=4.0) 5.0 Vec2(x=1.0, y=0.0) True ('x', 'y')\n",
    );
  });

  it('lets an instance take new attributes only when its class left out __slots__', () => {
    const classes = py`
      from collections import namedtuple
      class Loose(namedtuple('Loose', 'x')):
          pass
      class Tight(namedtuple('Tight', 'x')):
          __slots__ = ()
    `;
    assert.equal(
      output(classes + 'p = Loose(1)\np.tag = "a"\nprint(p.tag, p)\n'),
      'a Loose(x=1)\n',
    );
    assert.match(
      errorOf(classes + 't = Tight(1)\nt.tag = "a"\n'),
      /^AttributeError: 'Tight' object has no attribute 'tag' @7:1/,
    );
  });

  it('matches class patterns by the fields and keeps a local class qualified name', () => {
    assert.equal(
      output(py`
        from collections import namedtuple
        def make():
            class Local(namedtuple('Local', 'a b')):
                pass
            return Local
        L = make()
        match L(1, 2):
            case L(a, b=2):
                print('matched', a, L.__match_args__, L.__qualname__, L)
      `),
      "matched 1 ('a', 'b') make.<locals>.Local <class '__main__.make.<locals>.Local'>\n",
    );
  });

  it('calls the special methods a subclass overrides instead of tuple behaviour', () => {
    assert.equal(
      output(py`
        from collections import namedtuple
        class P(namedtuple('P', 'x y')):
            def __eq__(self, o): return isinstance(o, P) and self.x == o.x
            def __hash__(self): return hash(self.x)
            def __len__(self): return 9
            def __iter__(self): return iter(['it', self.x])
            def __getitem__(self, i): return ('item', i)
            def __add__(self, o): return 'added'
        a, b = P(1, 2), P(1, 3)
        u, v = a
        print(a == b, a != b, {a: 'k'}[b], len(a), list(a), u, v, a[0], a + b, bool(a))
      `),
      "True True k 9 ['it', 1] it 1 ('item', 0) added True\n",
    );
  });

  it("reports the namedtuple's argument errors for a subclass", () => {
    assert.match(
      errorOf(py`
        from collections import namedtuple
        class P(namedtuple('P', 'x y')):
            pass
        P(1)
      `),
      /^TypeError: P\.__new__\(\) missing 1 required positional argument: 'y' @4:1/,
    );
  });
});

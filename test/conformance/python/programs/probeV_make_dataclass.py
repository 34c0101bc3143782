"""dataclasses.make_dataclass: fields as names, (name, type) and (name, type, field()), bases, namespace and the options, with CPython 3.11's checks."""
from dataclasses import make_dataclass, field, fields, dataclass
P = make_dataclass('P', ['x', ('y', int, field(default=5))], namespace={'norm': lambda self: self.x + self.y})
print(P(1), P(1).norm(), P.__name__, P.__qualname__, P.__module__, P.__annotations__)
print([(f.name, f.type) for f in fields(P)])
Q = make_dataclass('Q', [('a', int, field(default=0)), ('b', str, 'dflt')], bases=(P,), order=True)
print(Q(1, 2, 3), Q(0, b="z") < Q(1, b="a"), Q.__mro__, P)
try:
    Q(1).a = 2
except Exception as e:
    print(type(e).__name__, e)
for bad in [['x', 'x'], ['1x'], ['class'], [('a',)], [5], [('a', int, 1, 2)]]:
    try:
        make_dataclass('B', bad)
    except TypeError as e:
        print(e)
try:
    make_dataclass('B', ['a'], eq=False, bogus=1)
except TypeError as e:
    print(e)
S = make_dataclass('S', [('v', float)], slots=True, repr=False)
print(S.__slots__, repr(S(1.5))[:12])

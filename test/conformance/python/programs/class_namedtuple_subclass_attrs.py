# A namedtuple subclass without __slots__ = () takes new attributes; properties refuse a set.
from collections import namedtuple
class P(namedtuple('P', 'x y')):
    @property
    def norm(self): return 1
    def m(self): return 2
class S(namedtuple('S', 'x y')):
    __slots__ = ()
    @property
    def norm(self): return 1
p = P(1, 2)
p.z = 5
p.m = 7
print(p.z, p.m, p, repr(p), p == (1, 2), hash(p) == hash((1, 2)))
for obj, name in [(p, 'norm'), (S(1, 2), 'norm'), (S(1, 2), 'z'), (P(1,2), 'x')]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print(e)

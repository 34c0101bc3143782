# A __slots__ Value (with __weakref__) copied and deep-copied, += on a mutable node, graph
# edges as a namedtuple (its docstring, _replace, _make), itertools, deque and random draws.
import copy
import math
import random
import itertools
import functools
import operator
from collections import namedtuple, deque

Edge = namedtuple("Edge", ["src", "dst", "weight"])


class Value:
    __slots__ = ("data", "grad", "_prev", "_op", "__weakref__")

    def __init__(self, data, _prev=(), _op=""):
        self.data = data
        self.grad = 0.0
        self._prev = _prev
        self._op = _op

    def __iadd__(self, other):
        self.data += other.data if isinstance(other, Value) else other
        return self

    def __copy__(self):
        return Value(self.data, self._prev, self._op)

    def __repr__(self):
        return f"Value({self.data}, op={self._op!r})"

    def __add__(self, o):
        return Value(self.data + o.data, (self, o), "+")

    def __mul__(self, o):
        return Value(self.data * o.data, (self, o), "*")


a, b = Value(1.5), Value(-2.0)
c = a * b + a
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c, c2, c3, c2._prev[0] is c._prev[0], c3._prev[0] is c._prev[0], c3._prev[1] is c3._prev[0]._prev[0])
v = Value(1.0)
alias = v
v += 2
v += Value(0.5)
print(v is alias, v)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Value.__slots__, hasattr(v, "__dict__"))
edges = [Edge("x", "y", 0.5), Edge("y", "z", -1.25), Edge("x", "z", 2.0)]
print(edges[0], edges[1].weight, sorted(edges, key=operator.attrgetter("weight")), max(edges, key=lambda e: e.weight).dst)
adj = {}
for e in edges:
    adj.setdefault(e.src, []).append(e)
print(adj)
print(list(itertools.product([0, 1], repeat=2)), list(itertools.combinations("abc", 2)), list(itertools.permutations([1, 2, 3], 2))[:3])
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.chain([1], (2, 3))), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(functools.reduce(lambda acc, e: acc + e.weight, edges, 0.0), sum(e.weight for e in edges), math.fsum(e.weight for e in edges))
random.seed(99)
batch = random.sample(edges, 2)
print(batch, random.choice(edges).src, random.random(), random.uniform(-1, 1), random.gauss(0, 1), random.randint(1, 6), random.randrange(10))
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen, list(reversed(d)), d[0], d[-1])
d.appendleft(-1)
d.rotate(1)
print(d, d.count(3), 3 in d)
print(edges[0]._replace(weight=9.0), Edge._make(["p", "q", 1]), edges[2]._asdict(), Edge._fields, Edge.__doc__)
print(isinstance(edges[0], tuple), len(edges[0]), edges[0] == ("x", "y", 0.5), hash(edges[0]) == hash(("x", "y", 0.5)))
src, dst, w = edges[1]
print(src, dst, w, *edges[2], sep=" | ")

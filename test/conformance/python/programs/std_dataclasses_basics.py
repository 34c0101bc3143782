from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import List

@dataclass
class V:
    data: float
    grad: float = 0.0
    tags: List[str] = field(default_factory=list)
    hidden: int = field(default=3, repr=False, compare=False)

v = V(1.0)
print(v, V.__doc__)
print(v == V(1.0), v == V(2.0), v != V(1.0))
try:
    set([v])
except TypeError as e:
    print(e)
print(fields(v)[0].name, [f.name for f in fields(V)])
print(asdict(v), astuple(v))
print(replace(v, data=5))
print(is_dataclass(v), is_dataclass(V), is_dataclass(3))
for call in [lambda: V(), lambda: V(1, 2, [], 4, 5), lambda: V(1, dat=2), lambda: V(1, data=2)]:
    try:
        call()
    except TypeError as e:
        print(e)

@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
print(p, hash(p) == hash(P(1, 2)), {p, P(1, 2)})
try:
    p.x = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(e)

@dataclass(eq=False)
class N:
    data: float
    _prev: tuple = ()
a = N(1.0); b = N(2.0, (a,))
print(len({a, b}), a == N(1.0), b)

@dataclass(order=True)
class O:
    a: int
    b: str
print(sorted([O(2, 'x'), O(1, 'z'), O(1, 'a')]), O(1, 'a') < O(1, 'b'))

@dataclass
class Node:
    val: int
    nxt: 'Node' = None
n = Node(1); n.nxt = n
print(n)

@dataclass
class B:
    x: int
    def __post_init__(self):
        self.y = self.x * 2
@dataclass
class C(B):
    z: int = 5
c = C(3)
print(c, c.y, C.__match_args__)
from dataclasses import dataclass, field
@dataclass
class T:
    a: int = field(default=1, repr=0)
    b: int = field(default=2, compare=[])
    c: int = field(default=3, init=None)
print(T(5), T(1, 2) == T(1, 9), T.__doc__)

from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return Point(self.x + dx, self.y)


p = Point(1, 2)
print(p, p.moved(3), p == Point(1, 2), hash(p) == hash(Point(1, 2)))
print(len({p, Point(1, 2), Point(2, 1)}))
for action in ("assign", "new", "delete"):
    try:
        if action == "assign":
            p.x = 10
        elif action == "new":
            p.z = 1
        else:
            del p.x
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 0, "x") == Version(1, 0, "y"))
try:
    Version(1) < 3
except TypeError as e:
    print(e)


@dataclass(unsafe_hash=True)
class Key:
    name: str
    weight: float = field(default=1.0, hash=False)


print(hash(Key("a")) == hash(Key("a", 2.0)), Key("a") == Key("a", 2.0))


@dataclass(eq=False)
class Node:
    data: float
    children: tuple = ()


a, b = Node(1.0), Node(1.0)
print(a == b, a == a, len({a, b}), a in [b])


@dataclass
class Config:
    name: str
    _: KW_ONLY
    lr: float = 0.1
    steps: int = 10


print(Config("run", lr=0.5), Config("x", steps=3).steps)
try:
    Config("run", 0.5)
except TypeError as e:
    print(e)


@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2


print(Opts(a=1), Opts(b=3, a=0))
try:
    Opts()
except TypeError as e:
    print(e)


@dataclass
class Counter:
    total: ClassVar[int] = 0
    start: int
    scale: InitVar[float] = 1.0
    value: float = field(init=False)

    def __post_init__(self, scale):
        Counter.total += 1
        self.value = self.start * scale


c = Counter(2, 3.0)
print(c, c.value, Counter.total, [f.name for f in fields(c)])
print(Counter(5), Counter.total)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5


s = Slotted(1)
print(s, Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print(e)


@dataclass
class Base:
    x: int
    tags: List[str] = field(default_factory=list)


@dataclass
class Derived(Base):
    y: int = 0
    x: int = 7


d = Derived()
print(d, Derived.__doc__, Base.__doc__)
d.tags.append("t")
print(Derived().tags, d.tags)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(repr=False, eq=False, init=False)
class Bare:
    a: int = 1


print(Bare().a, Bare() == Bare(), repr(Bare()).startswith("<__main__.Bare object"))


@dataclass
class WithSelf:
    self: int
    other: int = 2


print(WithSelf(1), WithSelf(self=5))


def make(kind):
    try:
        if kind == 1:
            @dataclass
            class A:
                items: list = []
        elif kind == 2:
            @dataclass
            class B:
                a: int = 1
                b: int
        elif kind == 3:
            @dataclass(order=True, eq=False)
            class C:
                a: int
        elif kind == 4:
            @dataclass
            class D:
                a = field(default=1)
        elif kind == 5:
            @dataclass(frozen=True)
            class E(Base):
                z: int = 0
        elif kind == 6:
            @dataclass(order=True)
            class F:
                a: int

                def __lt__(self, other):
                    return True
        elif kind == 7:
            field(default=1, default_factory=list)
        elif kind == 8:
            @dataclass(unsafe_hash=True)
            class G:
                a: int

                def __hash__(self):
                    return 1
        elif kind == 9:
            @dataclass
            class H:
                d: dict = {}
        elif kind == 10:
            @dataclass
            class I:
                c: ClassVar[list] = field(default_factory=list)
        elif kind == 11:
            @dataclass
            class J:
                _: KW_ONLY
                a: int = 1
                __: KW_ONLY
    except (TypeError, ValueError) as e:
        print(kind, type(e).__name__, e)


for k in range(1, 12):
    make(k)

import dataclasses
from collections import namedtuple
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass, replace, MISSING, InitVar

Pair = namedtuple("Pair", "a b")


@dataclass
class Inner:
    v: float
    pair: Pair = Pair(1, 2)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list)
    table: dict = field(default_factory=dict)
    note: str = field(default="n", repr=False)


o = Outer("o", Inner(0.5), [Inner(1.0), (Inner(2.0), 3)], {"k": Inner(4.0)})
print(o)
print(asdict(o))
print(astuple(o))
d = asdict(o)
d["items"].append("new")
print(len(o.items), type(d["inner"]).__name__, type(astuple(o)[1][1]).__name__)

for f in fields(Outer):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash)
print(fields(o)[0] is fields(Outer)[0], type(fields(o)), len(fields(o)))
print(Outer.__dataclass_fields__["note"].default, list(Outer.__dataclass_fields__))

o2 = replace(o, name="p")
print(o2.name, o2.inner is o.inner, o2 == o, o2 == replace(o2))
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(Pair(1, 2)), is_dataclass(dataclasses))
print(dataclasses.is_dataclass(Inner(1.0)), type(o).__name__)


@dataclass
class Scaled:
    x: float
    factor: InitVar[float] = 2.0
    computed: float = field(init=False, default=0.0)

    def __post_init__(self, factor):
        self.computed = self.x * factor


s = Scaled(3.0, 4.0)
print(s, replace(s, x=1.0), replace(s, x=1.0, factor=10.0))

for bad in [lambda: asdict(3), lambda: astuple(Outer), lambda: fields(3), lambda: replace(o, nope=1),
            lambda: replace(s, computed=1.0), lambda: replace(Outer, name="x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass
class Tree:
    label: str
    kids: list = field(default_factory=list)


t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
print(t)
print(asdict(t))
print(t == Tree("root", [Tree("a"), Tree("b", [Tree("c")])]), t != Tree("root"))
print(Tree.__eq__(t, 5), Tree.__init__.__name__, Tree.__repr__(Tree("x")))


# metadata: a mapping to read, empty when not given


@dataclass
class Measured:
    x: float = field(default=0.0, metadata={"unit": "m"})
    y: int = 0


print([f.metadata.get("unit") for f in fields(Measured)], fields(Measured)[0].metadata["unit"])

import random, math, functools, itertools
from dataclasses import dataclass, field, InitVar
from functools import total_ordering

@dataclass
class Tensor:
    data: list
    requires_grad: bool = False
    grad: list = field(default=None, repr=False)
    name: str = field(default="", compare=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.data = [x * scale for x in self.data]
        if self.requires_grad and self.grad is None:
            self.grad = [0.0] * len(self.data)
    @property
    def shape(self): return (len(self.data),)
    def __len__(self): return len(self.data)
    def __iter__(self): yield from self.data
    def __getitem__(self, i): return self.data[i]

t = Tensor([1, 2, 3], True, scale=2.0)
print(t, t.grad, t.shape, len(t), list(t), t[1:], sum(t), max(t))
print(Tensor([1]) == Tensor([1], name="x"), Tensor([1]) == Tensor([2]))

@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
print(Derived(1), Derived(1, 2, 3), Derived.__dataclass_fields__.keys())

@dataclass(slots=True)
class S:
    a: int
    b: float = 1.5
s = S(1)
print(s, S.__slots__)

@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), Version(1) <= Version(1), Version(2) > Version(1, 9), Version(1) >= Version(2))

class Lazy:
    def __init__(self): self._cache = {}
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        print("compute", name)
        self.__dict__[name] = len(name)
        return len(name)
l = Lazy()
print(l.alpha, l.alpha, l.beta)
try: l._private
except AttributeError as e: print("AE", e)

class Frozen:
    def __init__(self, v): object.__setattr__(self, "v", v)
    def __setattr__(self, k, v): raise AttributeError(f"cannot set {k}")
    def __delattr__(self, k): raise AttributeError(f"cannot delete {k}")
fz = Frozen(3)
try: fz.v = 4
except AttributeError as e: print(e, fz.v)

class SlotBase:
    __slots__ = ("a",)
class SlotChild(SlotBase):
    __slots__ = ("b",)
sc = SlotChild(); sc.a = 1; sc.b = 2
print(sc.a, sc.b)
try: sc.c = 3
except AttributeError as e: print(e)

def gen():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = gen(); next(g)
print(g.send(3), g.send(4))
try: g.send(None)
except StopIteration as e: print("returned", e.value)

def worker():
    try:
        while True:
            yield "working"
    except GeneratorExit:
        print("closing")
    finally:
        print("finally")
w = worker(); print(next(w)); w.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
th = thrower(); next(th); print(th.throw(ValueError("boom")))

def delegate():
    r = yield from gen()
    yield f"sub returned {r}"
d = delegate(); next(d); d.send(10); print(d.send(None))

if (n := len(vs)) > 2: print("walrus", n)
first, *rest = [1, 2, 3, 4]; *init, last = "abc"; a, (b, c) = 1, (2, 3)
print(first, rest, init, last, a, b, c)
print({**{"a": 1}, "b": 2}, [*range(3), *"ab"], {"a": 1} | {"b": 2})
dd = {"x": 1}; dd |= {"y": 2}; print(dd)
def cmd(c):
    match c:
        case {"op": "add", "args": [x, y]}: return x + y
        case {"op": "neg", "args": [x]}: return -x
        case [x, *ys] if ys: return ("list", x, len(ys))
        case Tensor(data=dd): return ("tensor", dd)
        case int() | float() as num: return ("num", num)
        case str(s) if s.isdigit(): return int(s)
        case _: return "unknown"
print(cmd({"op": "add", "args": [1, 2]}), cmd({"op": "neg", "args": [5]}), cmd([1, 2, 3]), cmd(Tensor([7])), cmd(2.5), cmd("42"), cmd("x"))
print(list(enumerate("ab", start=1)), list(zip("ab", [1, 2], strict=True)))
try: list(zip("ab", [1], strict=True))
except ValueError as e: print(e)
print(*[1, 2, 3], sep=" | ", end=" <\n")
print(f"{'nested ' + f'{3:02d}'}", f"{{braces}}", f"{t.shape[0]:>{5}}", f"{math.pi:.{3}f}")
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]), sorted("bca"), min([], default=None), max([3, 1], key=lambda x: -x))
print(any(x > 2 for x in [1, 3]), all([]), list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])))
print(divmod(7.5, 2), pow(2, 10, 1000), abs(-3.5), round(-2.5), int(-3.9), int("ff", 16), bin(10), oct(8), hex(255), chr(97), ord("a"))
print(isinstance(True, int), True + True, type(1 / 1).__name__, 10 // 3.0, 2 ** 0.5, float("1e3"), int(1e10), 1_000_000, 0o17, 0xff)
p = functools.partial(pow, 2); print(p(5), p.func.__name__ if hasattr(p.func, "__name__") else "", p.args)

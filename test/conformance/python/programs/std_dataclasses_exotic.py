from dataclasses import dataclass, field, InitVar, fields
import dataclasses

@dataclass
class MyError(Exception):
    code: int
    why: str = "bad"

try:
    raise MyError(3)
except MyError as e:
    print(repr(e), str(e), e.code, e.args)

def make(n):
    @dataclass
    class Local:
        xs: list = field(default_factory=lambda: [n] * n)
        @property
        def size(self):
            return len(self.xs)
        @classmethod
        def build(cls):
            return cls()
    return Local

L = make(3)
print(L(), L.build().size, L.__name__, L.__qualname__)

@dataclass(slots=True)
class S:
    a: int
@dataclass(slots=True)
class S2(S):
    b: int = 0
s2 = S2(1, 2)
print(s2, S2.__slots__)
try:
    s2.c = 1
except AttributeError as e:
    print(e)

@dataclass
class IV:
    x: int
    scale: InitVar[int] = 2
print(IV.__annotations__['scale'], IV(1), [f.name for f in fields(IV)])
print(dataclasses.MISSING is dataclasses.MISSING, repr(dataclasses.MISSING).startswith("<dataclasses._MISSING_TYPE object at 0x"))

# Special methods returning the wrong type, each with CPython's TypeError, and divmod(),
# which takes ints and floats (an int subclass's value) but never calls an object's __index__.
class Bad:
    def __init__(self, mode=0):
        self.mode = mode
    def __bool__(self): return 1
    def __len__(self): return -1
    def __hash__(self): return "h"
    def __repr__(self): return 5
    def __str__(self): return None
    def __iter__(self): return 3
    def __index__(self): return 1.5
    def __float__(self): return 2
    def __int__(self): return "x"
    def __contains__(self, x): return []
    def __eq__(self, o): return "yes"
    def __format__(self, spec): return 7
b = Bad()
tests = [lambda: bool(b), lambda: len(b), lambda: hash(b), lambda: repr(b), lambda: str(b), lambda: iter(b),
         lambda: [1, 2][b], lambda: float(b), lambda: int(b), lambda: 1 in b, lambda: b == 1, lambda: format(b, ""),
         lambda: f"{b}", lambda: "%s" % b, lambda: "%r" % (b,), lambda: not b, lambda: range(b), lambda: round(b),
         lambda: [b] == [b], lambda: b in [b], lambda: {b: 1}, lambda: sorted([b, b]), lambda: abs(b), lambda: -b,
         lambda: divmod(b, 2), lambda: b + 1, lambda: hex(b), lambda: "ab" * b]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
class Init:
    def __init__(self):
        return 5
try:
    Init()
except TypeError as e:
    print(e)
class M:
    def f(self, a, b=1, *, c): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def k(cls, a, /, b): pass
m = M()
for call in [lambda: m.f(), lambda: m.f(1, 2, 3), lambda: m.f(1, c=1, d=2), lambda: M.s(), lambda: m.k(a=1, b=2), lambda: M.f(1), lambda: m.f(1, 2, c=3, b=4)]:
    try:
        call()
    except TypeError as e:
        print(e)
class I(int): pass
class F(float): pass
class Idx:
    def __index__(self): return 3
print(divmod(I(7), 2), divmod(7, I(2)), divmod(F(7.5), 2), divmod(True, 2), divmod(-7, 2.0), divmod(2**70, 3))
for a, b in [(Idx(), 2), (7, Idx()), ("a", 1), (1, None), (1.5, 0), (1, 0)]:
    try:
        print(divmod(a, b))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

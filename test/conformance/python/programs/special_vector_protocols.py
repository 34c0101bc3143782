class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self): return f"Vec({', '.join(map(str, self.xs))})"
    def __len__(self): return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(*(a + b for a, b in zip(self, o)))
        if isinstance(o, (int, float)): return Vec(*(a + o for a in self))
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, o):
        print("iadd")
        self.xs = (self + o).xs
        return self
    def __mul__(self, k): return Vec(*(a * k for a in self.xs))
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __bool__(self): return any(self.xs)
    def __contains__(self, x): print("contains"); return x in self.xs
    def __lt__(self, o): return abs(self) < abs(o)

v = Vec(1, 2, 3); w = Vec(4, 5, 6)
print(v + w, v + 1, 1 + v, 2 * v, v * 2, v @ w, -v, abs(Vec(3, 4)))
u = v
v += w
print(v, u, u is v)
print(v[1], v[-1], v[1:], v[::-1], len(v), 5 in v, list(v), list(reversed(Vec(1, 2))))
print(bool(Vec(0, 0)), bool(Vec()), not Vec(0, 1))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)
print(sorted([Vec(3, 4), Vec(1, 1), Vec(0, 2)]), max(Vec(3, 4), Vec(1, 1)))
print(Vec(1) == Vec(1), Vec(1) != Vec(2), Vec(1) == 1)
x = [1, 2]; y = x; x += [3]; print(y)
t = (1, 2); s = t; t += (3,); print(s, t)
i = 5; i **= 2; i //= 3; i %= 5; i <<= 3; i |= 1; i ^= 2; i >>= 1; print(i)
f = 7.5; f //= 2; print(f, -7 // 2, -7 % 3, 7 % -3, -7.5 // 2, divmod(-7, 2), 2 ** -1)

class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
c = Counter(3)
print(list(c), list(c), sum(Counter(4)))

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [a for a in Seq()])

class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); del self._c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        t = cls(); t.c = (f - 32) * 5 / 9; return t
    @staticmethod
    def unit(): return "C"
t = Temp.from_f(212)
print(t.c, t.f, Temp.unit(), t.unit())
try: t.c = -300
except ValueError as e: print(repr(e), e.args)
try: t.f = 3
except AttributeError as e: print(e)
del t.c
try: t.c
except AttributeError as e: print(e)

class Fmt:
    def __format__(self, spec): return f"<{spec}>"
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(f"{Fmt()}", f"{Fmt():>10}", f"{Fmt()!r}", f"{Fmt()!s}", [Fmt()], str([Fmt()]), format(Fmt(), 'x'))
print(f"{3.14159:.2f} {42:05d} {1234567:,} {0.5:%} {255:x} {255:#b} {'hi':^6}| {1e-5:g} {12:+d}")
print(f"{'a'!r:>5}", f"{1/3=}", f"{v=}")
print("%d %s %r %.3f %5.1f %-4d| %x %%" % (3, 'a', 'b', 2.0, 3.14159, 7, 255))

# An engine whose ops register themselves through __init_subclass__(symbol=...), listed with
# __subclasses__(); decorated dunders (functools.wraps), __getattr__ predicates, lru_cache.
import math
import sys
from functools import wraps, lru_cache, partial, reduce


class Op:
    registry = {}
    arity = 2

    def __init_subclass__(cls, symbol=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if symbol is not None:
            Op.registry[symbol] = cls
            cls.symbol = symbol

    def __call__(self, *args):
        if len(args) != self.arity:
            raise TypeError(f"{type(self).__name__} takes {self.arity} argument{'s' if self.arity != 1 else ''} ({len(args)} given)")
        return Tensor(self.forward(*[a.data for a in args]), self, args)

    def __repr__(self):
        return f"<{type(self).__qualname__} '{getattr(self, 'symbol', '?')}'>"


class Add(Op, symbol='+'):
    def forward(self, a, b): return a + b
    def backward(self, out, a, b): return out.grad, out.grad


class Mul(Op, symbol='*'):
    def forward(self, a, b): return a * b
    def backward(self, out, a, b): return b.data * out.grad, a.data * out.grad


class Pow(Op, symbol='**'):
    def forward(self, a, b): return a ** b
    def backward(self, out, a, b):
        return (b.data * a.data ** (b.data - 1) * out.grad,
                out.data * math.log(a.data) * out.grad if a.data > 0 else 0.0)


class Tanh(Op, symbol='tanh'):
    arity = 1
    def forward(self, a): return math.tanh(a)
    def backward(self, out, a): return ((1 - out.data ** 2) * out.grad,)


def lift(fn):
    @wraps(fn)
    def wrapper(self, other):
        if not isinstance(other, Tensor):
            other = Tensor(other)
        return fn(self, other)
    return wrapper


class Tensor:
    def __init__(self, data, op=None, parents=()):
        self.data = data
        self.op = op
        self.parents = parents
        self.grad = 0.0

    @lift
    def __add__(self, other):
        """Add two tensors."""
        return Op.registry['+']()(self, other)

    @lift
    def __mul__(self, other):
        return Op.registry['*']()(self, other)

    @lift
    def __pow__(self, other):
        return Op.registry['**']()(self, other)

    def __radd__(self, other): return Tensor(other) + self
    def __rmul__(self, other): return Tensor(other) * self
    def tanh(self): return Tanh()(self)

    def __getattr__(self, name):
        if name.startswith("is_"):
            kind = name[3:]
            return self.op is not None and type(self.op).__name__.lower() == kind
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    @property
    def is_leaf(self):
        return self.op is None

    def backward(self):
        order, seen = [], set()
        def visit(t):
            if id(t) not in seen:
                seen.add(id(t))
                for p in t.parents:
                    visit(p)
                order.append(t)
        visit(self)
        self.grad = 1.0
        for t in reversed(order):
            if t.op is not None:
                for p, g in zip(t.parents, t.op.backward(t, *t.parents)):
                    p.grad += g

    def __repr__(self):
        return f"Tensor({self.data!r}{', op=' + repr(self.op) if self.op else ''})"

    def __str__(self):
        return f"{self.data:.6g}"


print(Op.registry)
print(sorted(Op.registry), [c.__name__ for c in Op.__subclasses__()])
x = Tensor(0.8)
y = Tensor(-1.3)
z = (x * y + x ** 2 + 3).tanh() * 2 + y ** Tensor(2.0)
print(z, repr(z), str(z), [z], (z,), {1: z})
z.backward()
print(x.grad, y.grad)
print(x.is_leaf, z.is_mul, z.is_add, z.is_tanh, z.parents[0].is_mul)
print(Tensor.__add__.__name__, Tensor.__add__.__doc__, Tensor.__add__.__wrapped__.__name__, Tensor.__mul__.__doc__)
try:
    x.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    Mul()(x)
except TypeError as e:
    print("TypeError:", e)
try:
    Tanh()(x, y)
except TypeError as e:
    print("TypeError:", e)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
sys.setrecursionlimit(5000)
chain = Tensor(1.0)
for i in range(1500):
    chain = chain * 1.0001
chain.backward()
print(f"{chain.data:.10f}", chain.parents[0].grad, sys.getrecursionlimit())
mul3 = partial(reduce, lambda a, b: a * b)
print(mul3([Tensor(2.0), Tensor(3.0), 4.0]), partial(pow, 2)(10), mul3.func is reduce)
print(Tensor(2) + 3, 3 + Tensor(2), 2 * Tensor(0.5), Tensor(True) * 2, Tensor(1e300) * 1e300, Tensor(-1e300) * 1e300)

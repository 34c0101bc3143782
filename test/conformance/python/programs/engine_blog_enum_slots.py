# A blog-style scalar engine: __slots__, an Enum of op kinds in f-string reprs, recursive
# topological sort, a tanh neuron trained for a few steps, an Enum-keyed op count.
"""A scalar autograd engine with an Enum for op kinds and __slots__."""
import enum
import math
import random


class Op(enum.Enum):
    LEAF = "leaf"
    ADD = "+"
    MUL = "*"
    TANH = "tanh"
    POW = "**"


class Value:
    __slots__ = ("data", "grad", "_prev", "_op", "_backward", "label")

    def __init__(self, data, children=(), op=Op.LEAF, label=""):
        self.data = float(data)
        self.grad = 0.0
        self._prev = tuple(children)
        self._op = op
        self._backward = lambda: None
        self.label = label

    def __repr__(self):
        return f"Value({self.label!r}, data={self.data:.4f}, grad={self.grad:+.4f}, op={self._op.name})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), Op.ADD)

        def _backward():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    __radd__ = __add__

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), Op.MUL)

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    __rmul__ = __mul__

    def __pow__(self, k):
        assert isinstance(k, (int, float)), "only numeric powers"
        out = Value(self.data ** k, (self,), Op.POW)

        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad

        out._backward = _backward
        return out

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), Op.TANH)

        def _backward():
            self.grad += (1 - t * t) * out.grad

        out._backward = _backward
        return out

    def backward(self):
        order, seen = [], set()

        def visit(v):
            if id(v) not in seen:
                seen.add(id(v))
                for c in v._prev:
                    visit(c)
                order.append(v)

        visit(self)
        self.grad = 1.0
        for v in reversed(order):
            v._backward()
        return order


random.seed(7)
w = [Value(random.uniform(-1, 1), label=f"w{i}") for i in range(3)]
b = Value(0.0, label="b")
xs = [[1.0, -2.0, 0.5], [0.3, 0.1, -1.0], [-0.7, 0.9, 0.2], [1.5, 0.0, -0.3]]
ys = [1.0, -1.0, -1.0, 1.0]

for step in range(1, 16):
    preds = [sum((wi * xi for wi, xi in zip(w, x)), b).tanh() for x in xs]
    loss = sum((p - y) ** 2 for p, y in zip(preds, ys))
    for p in w + [b]:
        p.grad = 0.0
    order = loss.backward()
    for p in w + [b]:
        p.data -= 0.1 * p.grad
    if step % 3 == 0:
        print(f"step {step:>3} | loss {loss.data:10.6f} | nodes {len(order)}")

ops = {}
for v in order:
    ops[v._op] = ops.get(v._op, 0) + 1
print(ops)
print(sorted(ops, key=lambda o: o.value))
for p in w:
    print(p)
print(repr(b))
print(Op("+"), Op.TANH.value, Op["MUL"], list(Op)[-1])
try:
    b.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(b, "__dict__"), Value.__slots__[:2])

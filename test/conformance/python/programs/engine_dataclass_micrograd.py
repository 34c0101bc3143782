# micrograd's Value written as a dataclass, as modern blog posts do: eq=False keeps
# instances hashable by identity, so children go into sets.
import math
import random
from dataclasses import dataclass, field
from typing import Callable, Set


@dataclass(eq=False)
class Value:
    data: float
    grad: float = 0.0
    _backward: Callable = field(default=lambda: None, repr=False)
    _prev: Set["Value"] = field(default_factory=set, repr=False)
    _op: str = field(default="", repr=False)

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, _prev={self, other}, _op="+")

        def _backward():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, _prev={self, other}, _op="*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, k):
        out = Value(self.data ** k, _prev={self}, _op=f"**{k}")

        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad

        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, _prev={self}, _op="tanh")

        def _backward():
            self.grad += (1 - t * t) * out.grad

        out._backward = _backward
        return out

    def backward(self):
        topo, visited = [], set()

        def build(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)

        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

    __radd__ = __add__
    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)


@dataclass
class Neuron:
    nin: int
    w: list = field(init=False, repr=False)
    b: Value = field(init=False, repr=False)

    def __post_init__(self):
        self.w = [Value(random.uniform(-1, 1)) for _ in range(self.nin)]
        self.b = Value(0.0)

    def __call__(self, x):
        return sum((wi * xi for wi, xi in zip(self.w, x)), self.b).tanh()

    def parameters(self):
        return self.w + [self.b]


@dataclass
class MLP:
    sizes: list
    layers: list = field(init=False, repr=False)

    def __post_init__(self):
        self.layers = [[Neuron(a) for _ in range(b)] for a, b in zip(self.sizes, self.sizes[1:])]

    def __call__(self, x):
        for layer in self.layers:
            x = [n(x) for n in layer]
        return x[0] if len(x) == 1 else x

    def parameters(self):
        return [p for layer in self.layers for n in layer for p in n.parameters()]


a = Value(2.0)
b = Value(-3.0)
c = a * b + a ** 2
c.backward()
print(a, b, c)
print(len(c._prev), c._op, a in c._prev or any(a in p._prev for p in c._prev))
print(Value(1.0) == Value(1.0), len({Value(1.0), Value(1.0)}))

random.seed(42)
model = MLP([3, 4, 4, 1])
print(model, Neuron(2))
print("parameters", len(model.parameters()))
xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
ys = [1.0, -1.0, -1.0, 1.0]
for step in range(5):
    preds = [model(x) for x in xs]
    loss = sum(((p - y) ** 2 for p, y in zip(preds, ys)), Value(0.0))
    for p in model.parameters():
        p.grad = 0.0
    loss.backward()
    for p in model.parameters():
        p.data += -0.05 * p.grad
    print(step, f"{loss.data:.12f}", [f"{p.data:.6f}" for p in preds])
w0 = model.parameters()[0]
# Gradient sums are added in set order, which CPython takes from addresses: 10 digits agree.
print(type(w0).__name__, f"{w0.data:.10f} {w0.grad:.10f}")

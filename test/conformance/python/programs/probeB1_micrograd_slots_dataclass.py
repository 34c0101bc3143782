# A micrograd Value with __slots__ and total_ordering, a text dump of its graph, and a
# dataclass Neuron (default_factory, __post_init__) beside a frozen Config.
from __future__ import annotations
from dataclasses import dataclass, field
from functools import total_ordering
from typing import Callable, List, Optional, Tuple, Union
import math

Number = Union[int, float]

@total_ordering
class Value:
    __slots__ = ("data", "grad", "_backward", "_prev", "_op", "label")
    def __init__(self, data: Number, _children: Tuple["Value", ...] = (), _op: str = "", label: str = ""):
        self.data = data
        self.grad = 0.0
        self._backward: Callable[[], None] = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label
    def __repr__(self) -> str:
        return f"Value(data={self.data}, grad={self.grad})"
    def __add__(self, other: Union["Value", Number]) -> "Value":
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out
    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data ** other, (self,), f"**{other}")
        def _backward():
            self.grad += (other * self.data ** (other - 1)) * out.grad
        out._backward = _backward
        return out
    def tanh(self):
        t = (math.exp(2 * self.data) - 1) / (math.exp(2 * self.data) + 1)
        out = Value(t, (self,), "tanh")
        def _backward():
            self.grad += (1 - t ** 2) * out.grad
        out._backward = _backward
        return out
    def backward(self):
        topo, visited = [], set()
        def build(v):
            if v not in visited:
                visited.add(v)
                for c in v._prev:
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()
    def __neg__(self): return self * -1
    def __radd__(self, other): return self + other
    def __sub__(self, other): return self + (-other)
    def __rsub__(self, other): return other + (-self)
    def __rmul__(self, other): return self * other
    def __truediv__(self, other): return self * other ** -1
    def __rtruediv__(self, other): return other * self ** -1
    def __eq__(self, other): return isinstance(other, Value) and self.data == other.data
    def __lt__(self, other): return self.data < (other.data if isinstance(other, Value) else other)
    def __hash__(self): return id(self)

a = Value(2.0, label="a"); b = Value(-3.0, label="b"); c = Value(10, label="c")
e = a * b; e.label = "e"
d = e + c; d.label = "d"
f = Value(-2.0, label="f")
L = d * f; L.label = "L"
L.backward()
for v in (a, b, c, d, e, f, L):
    print(f"{v.label:>2} | data {v.data:8.4f} | grad {v.grad:8.4f} | op {v._op!r}")
print(a > b, a >= b, a <= b, b < a, sorted([a, b, c]), max(a, b))
print(a.__slots__)
try:
    a.foo = 1
except AttributeError as ex:
    print("AttributeError:", ex)
print(2 * a, a / 4, 1 / a, 3 - a, a ** 2, -a)
print((a + 1).data, (1 + a).data, type((a * 2).data).__name__, type((c * 2).data).__name__)

def trace(root):
    nodes, edges = set(), set()
    def build(v):
        if v not in nodes:
            nodes.add(v)
            for child in v._prev:
                edges.add((child, v))
                build(child)
    build(root)
    return nodes, edges
def draw_text(root, indent=0):
    print("  " * indent + f"{root.label or '?'} [{root._op or 'leaf'}] data={root.data:.4f} grad={root.grad:.4f}")
    for ch in sorted(root._prev, key=lambda v: v.label):
        draw_text(ch, indent + 1)
nodes, edges = trace(L)
print(len(nodes), len(edges))
draw_text(L)

@dataclass
class Neuron:
    nin: int
    nonlin: bool = True
    w: List[Value] = field(default_factory=list)
    b: Value = field(default_factory=lambda: Value(0.0))
    def __post_init__(self):
        import random
        rng = random.Random(1337 + self.nin)
        self.w = [Value(rng.uniform(-1, 1)) for _ in range(self.nin)]
    def __call__(self, x):
        act = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return act.tanh() if self.nonlin else act
    def parameters(self):
        return self.w + [self.b]

@dataclass(frozen=True)
class Config:
    n_embd: int = 16
    n_layer: int = 1
    lr: float = 1e-2
    name: str = "tiny"

cfg = Config(n_layer=2)
print(cfg, cfg == Config(n_layer=2), repr(cfg.lr))
try:
    cfg.lr = 0.1
except Exception as ex:
    print(type(ex).__name__, ex)
n = Neuron(3)
print(n.nin, n.nonlin, len(n.parameters()))
print(repr(n)[:60])
out = n([1.0, -2, 3])
print(out)
out.backward()
print([round(p.grad, 6) for p in n.parameters()])
from dataclasses import asdict, replace, fields
print(asdict(cfg), replace(cfg, name="big"), [f.name for f in fields(cfg)])

# A @dataclass Value (eq=False, field(repr=False)) and an abc.ABC Module with abstract
# methods, an iterative topological sort, and a linear neuron fitted by gradient descent.
from __future__ import annotations

import math
import random
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, List, Tuple


@dataclass(eq=False)
class Value:
    data: float
    _children: Tuple["Value", ...] = ()
    _op: str = ""
    grad: float = 0.0
    _backward: Callable[[], None] = field(default=lambda: None, repr=False)

    def __add__(self, other: "Value | float") -> "Value":
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def bw():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = bw
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def bw():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = bw
        return out

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __sub__(self, other):
        return self + (-1.0 * other)

    def relu(self):
        out = Value(max(0.0, self.data), (self,), "ReLU")

        def bw():
            self.grad += (out.data > 0) * out.grad

        out._backward = bw
        return out

    def backward(self):
        topo: List[Value] = []
        visited = set()
        stack = [(self, False)]
        while stack:
            node, done = stack.pop()
            if done:
                topo.append(node)
                continue
            if node in visited:
                continue
            visited.add(node)
            stack.append((node, True))
            for ch in node._children:
                stack.append((ch, False))
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()


class Module(ABC):
    def zero_grad(self) -> None:
        for p in self.parameters():
            p.grad = 0.0

    @abstractmethod
    def parameters(self) -> List[Value]:
        ...

    @abstractmethod
    def __call__(self, x):
        raise NotImplementedError


@dataclass
class Neuron(Module):
    nin: int
    nonlin: bool = True
    w: List[Value] = field(init=False)
    b: Value = field(init=False)

    def __post_init__(self):
        self.w = [Value(random.uniform(-1, 1)) for _ in range(self.nin)]
        self.b = Value(0.0)

    def __call__(self, x):
        act = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return act.relu() if self.nonlin else act

    def parameters(self):
        return self.w + [self.b]


class Broken(Module):
    def parameters(self):
        return []


random.seed(1)
n = Neuron(2, nonlin=False)
print(type(n).__name__, n.nin, n.nonlin, len(n.parameters()))
print(repr(n.b))
try:
    Broken()
except TypeError as e:
    print(e)
try:
    Module()
except TypeError as e:
    print(e)

data = [((x1, x2), 2 * x1 - 3 * x2 + 0.5) for x1, x2 in [(0.1, 0.2), (-0.5, 0.4), (0.9, -0.1), (0.3, 0.3)]]
for epoch in range(20):
    loss = sum(((n(x) - y) * (n(x) - y) for x, y in data), Value(0.0))
    n.zero_grad()
    loss.backward()
    for p in n.parameters():
        p.data -= 0.2 * p.grad
    if epoch % 5 == 4:
        print(f"epoch={epoch+1:02d} loss={loss.data:.6e}")
print([round(p.data, 3) for p in n.parameters()])
print(Value(1.5, _op="x"))
print(Value.__dataclass_fields__.keys() if False else list(Value.__dataclass_fields__))
print(math.isclose(n.w[0].data, 2, abs_tol=0.5))

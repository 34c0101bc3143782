# A blog reader's moons demo: make_moons by hand, an SVM hinge loss with L2, accuracy as
# (yi > 0) == (score.data > 0), and the decision boundary drawn as text.
import math
import random
from typing import List, Tuple

random.seed(5)

def make_moons(n: int = 24, noise: float = 0.1) -> Tuple[List[List[float]], List[int]]:
    X, y = [], []
    for i in range(n // 2):
        t = math.pi * i / (n // 2 - 1)
        X.append([math.cos(t) + random.gauss(0, noise), math.sin(t) + random.gauss(0, noise)])
        y.append(-1)
        X.append([1 - math.cos(t) + random.gauss(0, noise), 0.5 - math.sin(t) + random.gauss(0, noise)])
        y.append(1)
    return X, y

class Value:
    def __init__(self, data, _children=(), _op=""):
        self.data, self.grad = data, 0.0
        self._backward = lambda: None
        self._prev = tuple(_children)
        self._op = _op
    def __add__(self, other):
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
    def relu(self):
        out = Value(0 if self.data < 0 else self.data, (self,), "ReLU")
        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward
        return out
    __radd__ = __add__
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __sub__(self, other): return self + (-other)
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
        for v in reversed(topo):
            v._backward()

X, y = make_moons()
H = 8
W1 = [[Value(random.uniform(-1, 1)) for _ in range(2)] for _ in range(H)]
b1 = [Value(0.0) for _ in range(H)]
W2 = [Value(random.uniform(-1, 1)) for _ in range(H)]
b2 = Value(0.0)
params = [p for row in W1 for p in row] + b1 + W2 + [b2]

def forward(x):
    h = [(sum((w * xi for w, xi in zip(row, x)), b)).relu() for row, b in zip(W1, b1)]
    return sum((w * hi for w, hi in zip(W2, h)), b2)

for epoch in range(7):
    scores = [forward(x) for x in X]
    losses = [(1 + -yi * s).relu() for yi, s in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    reg = 1e-4 * sum(p * p for p in params)
    loss = data_loss + reg
    acc = sum((yi > 0) == (s.data > 0) for yi, s in zip(y, scores)) / len(y)
    for p in params:
        p.grad = 0.0
    loss.backward()
    lr = 1.0 - 0.9 * epoch / 100
    for p in params:
        p.data -= lr * p.grad
    if epoch % 2 == 0:
        print(f"epoch {epoch:02d}  loss {loss.data:.6f}  acc {acc:.1%}")

rows = []
for j in range(8, -5, -1):
    row = ""
    for i in range(-6, 13):
        x = [i / 4, j / 8]
        row += "#" if forward(x).data > 0 else "."
    rows.append(row)
print("\n".join(rows))
print("params:", len(params), "max |w|: %.4f" % max(abs(p.data) for p in params))

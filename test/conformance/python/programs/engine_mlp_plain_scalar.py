import math
import random


class Value:
    def __init__(self, data, children=(), grads=()):
        self.data = data
        self.grad = 0.0
        self.children = children
        self.grads = grads

    def __add__(self, o):
        o = o if isinstance(o, Value) else Value(o)
        return Value(self.data + o.data, (self, o), (1.0, 1.0))

    def __radd__(self, o):
        return self + o

    def __mul__(self, o):
        o = o if isinstance(o, Value) else Value(o)
        return Value(self.data * o.data, (self, o), (o.data, self.data))

    def __rmul__(self, o):
        return self * o

    def __sub__(self, o):
        return self + (-1.0) * o

    def tanh(self):
        t = math.tanh(self.data)
        return Value(t, (self,), (1 - t * t,))

    def backward(self):
        topo, seen = [], set()

        def visit(v):
            if v not in seen:
                seen.add(v)
                for c in v.children:
                    visit(c)
                topo.append(v)
        visit(self)
        self.grad = 1.0
        for v in reversed(topo):
            for c, g in zip(v.children, v.grads):
                c.grad += g * v.grad


random.seed(0)
W = [[Value(random.uniform(-1, 1)) for _ in range(2)] for _ in range(3)]
U = [Value(random.uniform(-1, 1)) for _ in range(3)]
params = [w for row in W for w in row] + U
data = [((0.0, 1.0), 1.0), ((1.0, 0.0), 1.0), ((0.0, 0.0), -1.0), ((1.0, 1.0), -1.0)]
for step in range(15):
    loss = Value(0.0)
    for (x0, x1), y in data:
        h = [(row[0] * x0 + row[1] * x1).tanh() for row in W]
        pred = sum((u * hi for u, hi in zip(U, h)), Value(0.0)).tanh()
        loss = loss + (pred - y) * (pred - y)
    for p in params:
        p.grad = 0.0
    loss.backward()
    for p in params:
        p.data -= 0.2 * p.grad
    if step % 3 == 0:
        print(step, f"{loss.data:.10f}")

# Backward by Kahn's algorithm over consumer counts, the graph drawn as an ASCII tree,
# and SGD with momentum on a line fit, logged through sys.stdout.write.
"""Draw the computation graph as text, and train with a hand-written SGD+momentum."""
from collections import deque
import math
import random
import sys


class Scalar:
    _count = 0

    def __init__(self, value, parents=(), op=None, name=None):
        Scalar._count += 1
        self.id = Scalar._count
        self.value = value
        self.grad = 0.0
        self.parents = parents
        self.op = op
        self.name = name or f"t{self.id}"
        self._grad_fn = None

    @property
    def is_leaf(self):
        return not self.parents

    def __str__(self):
        return f"{self.name}={self.value:.3g}"

    def _wrap(self, other):
        return other if isinstance(other, Scalar) else Scalar(other, name=repr(other))

    def __add__(self, other):
        other = self._wrap(other)
        out = Scalar(self.value + other.value, (self, other), "add")
        out._grad_fn = lambda g: (g, g)
        return out

    def __mul__(self, other):
        other = self._wrap(other)
        out = Scalar(self.value * other.value, (self, other), "mul")
        out._grad_fn = lambda g: (g * other.value, g * self.value)
        return out

    def __sub__(self, other):
        return self + self._wrap(other) * -1

    def __truediv__(self, other):
        return self * self._wrap(other) ** -1

    def __pow__(self, p):
        out = Scalar(self.value ** p, (self,), f"pow{p}")
        out._grad_fn = lambda g: (g * p * self.value ** (p - 1),)
        return out

    def sigmoid(self):
        s = 1.0 / (1.0 + math.exp(-self.value))
        out = Scalar(s, (self,), "sigmoid")
        out._grad_fn = lambda g: (g * s * (1 - s),)
        return out

    def backward(self):
        # Kahn's algorithm: count consumers, then walk from the output.
        consumers = {}
        queue = deque([self])
        seen = {self.id}
        while queue:
            node = queue.popleft()
            for p in node.parents:
                consumers[p.id] = consumers.get(p.id, 0) + 1
                if p.id not in seen:
                    seen.add(p.id)
                    queue.append(p)
        self.grad = 1.0
        ready = deque([self])
        visited = 0
        while ready:
            node = ready.popleft()
            visited += 1
            if node._grad_fn is None:
                continue
            for p, g in zip(node.parents, node._grad_fn(node.grad)):
                p.grad += g
                consumers[p.id] -= 1
                if consumers[p.id] == 0:
                    ready.append(p)
        return visited


def draw(node, prefix="", last=True, out=None):
    out = [] if out is None else out
    branch = "`-- " if last else "|-- "
    label = f"{node.op}" if node.op else "leaf"
    out.append(f"{prefix}{branch}{label} {node} (grad {node.grad:+.3f})")
    kids = list(node.parents)
    for i, k in enumerate(kids):
        draw(k, prefix + ("    " if last else "|   "), i == len(kids) - 1, out)
    return out


x = Scalar(1.5, name="x")
w = Scalar(-0.8, name="w")
b = Scalar(0.3, name="b")
y = (x * w + b).sigmoid()
loss = (y - 1) ** 2
n = loss.backward()
print(f"visited {n} nodes; created {Scalar._count}")
print("\n".join(draw(loss)))
print(x.is_leaf, loss.is_leaf, str(loss), [str(p) for p in (x, w, b)])

random.seed(2024)
target = lambda t: 3 * t - 1
w, b = Scalar(0.0, name="w"), Scalar(0.0, name="b")
vel = {"w": 0.0, "b": 0.0}
beta, lr = 0.9, 0.05
for step in range(30):
    t = random.uniform(-1, 1)
    pred = w * t + b
    loss = (pred - target(t)) ** 2
    w.grad = b.grad = 0.0
    loss.backward()
    for p in (w, b):
        vel[p.name] = beta * vel[p.name] + p.grad
        p.value -= lr * vel[p.name]
    if step % 6 == 0 or step == 29:
        bar = "#" * min(40, int(loss.value * 4))
        sys.stdout.write("step %2d loss %8.4f %s\n" % (step, loss.value, bar))
print({k: round(v, 4) for k, v in vel.items()})
print(f"w={w.value:.4f} b={b.value:.4f}", end="")
print(" <- fitted", flush=True)

"""A fuller scalar autograd Value: every operator, comparisons, hashing by identity, gradient check."""
import math
from functools import total_ordering


@total_ordering
class Value:
    __slots__ = ("data", "grad", "_backward", "_prev", "_op", "label")

    def __init__(self, data, _children=(), _op="", label=""):
        self.data = float(data)
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = tuple(_children)
        self._op = _op
        self.label = label

    @staticmethod
    def _wrap(x):
        return x if isinstance(x, Value) else Value(x)

    def __add__(self, other):
        other = Value._wrap(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    __radd__ = __add__

    def __mul__(self, other):
        other = Value._wrap(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    __rmul__ = __mul__

    def __pow__(self, k):
        if isinstance(k, Value):
            return (k * self.log()).exp()
        out = Value(self.data ** k, (self,), f"**{k}")

        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad

        out._backward = _backward
        return out

    def __rpow__(self, base):
        return (self * math.log(base)).exp()

    def exp(self):
        out = Value(math.exp(self.data), (self,), "exp")

        def _backward():
            self.grad += out.data * out.grad

        out._backward = _backward
        return out

    def log(self):
        out = Value(math.log(self.data), (self,), "log")

        def _backward():
            self.grad += out.grad / self.data

        out._backward = _backward
        return out

    def sigmoid(self):
        s = 1 / (1 + math.exp(-self.data))
        out = Value(s, (self,), "sigmoid")

        def _backward():
            self.grad += s * (1 - s) * out.grad

        out._backward = _backward
        return out

    def relu(self):
        return self * (self.data > 0)

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)

    def __truediv__(self, other):
        return self * Value._wrap(other) ** -1

    def __rtruediv__(self, other):
        return Value._wrap(other) * self ** -1

    def __abs__(self):
        return self if self.data >= 0 else -self

    def __eq__(self, other):
        return isinstance(other, Value) and self.data == other.data

    def __lt__(self, other):
        return self.data < Value._wrap(other).data

    __hash__ = object.__hash__

    def __float__(self):
        return self.data

    def __bool__(self):
        return self.data != 0

    def __format__(self, spec):
        return format(self.data, spec)

    def __repr__(self):
        return f"Value(data={self.data:.4f}, grad={self.grad:.4f})"

    def backward(self):
        topo, seen = [], set()
        stack = [(self, False)]
        while stack:
            node, done = stack.pop()
            if done:
                topo.append(node)
                continue
            if node in seen:
                continue
            seen.add(node)
            stack.append((node, True))
            for c in node._prev:
                stack.append((c, False))
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()
        return len(topo)


def f(x, y):
    return (x * y + x ** 2).sigmoid() * (y / x).log() - 2 ** x + abs(x - y) + (x + 1).relu()


x, y = Value(1.5, label="x"), Value(-0.5 + 3, label="y")
out = f(x, y)
n = out.backward()
print(out, n)
print(x, y)
h = 1e-6
num_x = (f(Value(1.5 + h), Value(2.5)).data - f(Value(1.5 - h), Value(2.5)).data) / (2 * h)
num_y = (f(Value(1.5), Value(2.5 + h)).data - f(Value(1.5), Value(2.5 - h)).data) / (2 * h)
print(f"dx analytic {x.grad:.6f} numeric {num_x:.6f} ok={math.isclose(x.grad, num_x, rel_tol=1e-5)}")
print(f"dy analytic {y.grad:.6f} numeric {num_y:.6f} ok={math.isclose(y.grad, num_y, rel_tol=1e-5)}")
vals = [Value(v) for v in (3, -1, 2, 2)]
print(sorted(vals), max(vals), min(vals) <= vals[1], vals[2] == vals[3], vals[2] is vals[3])
print(len({vals[2], vals[3]}), vals[2] in [vals[3]], vals.index(vals[3]))
print(f"{out:.3f} {out:>10.2e} {float(x)} {bool(Value(0))} {int(float(y))}")
print(sum(vals), sum(vals, Value(10)).data, Value(2) ** Value(3), 2 ** Value(3), Value(6) / 4, 3 / Value(4))
print(Value(2) > 1, Value(2) >= Value(2), Value(1) != Value(2), -Value(3), abs(Value(-3)))
try:
    Value(1).foo = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Value.__slots__, hasattr(Value(1), "__dict__"))
deep = Value(0.0)
for i in range(3000):
    deep = deep + 0.001 * i
print(deep.backward(), round(deep.data, 6))

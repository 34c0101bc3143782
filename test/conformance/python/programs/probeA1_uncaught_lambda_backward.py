# A math.log domain error raised inside a Value method during the forward pass (the
# _backward there a lambda with setattr): the uncaught error is reported at math.log.
import math

class Value:
    def __init__(self, data, _children=(), _op=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = _children
    def log(self):
        out = Value(math.log(self.data), (self,), 'log')
        out._backward = lambda: setattr(self, 'grad', self.grad + out.grad / self.data)
        return out
    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
    def backward(self):
        topo, seen = [], set()
        def build(v):
            if v not in seen:
                seen.add(v)
                for c in v._prev:
                    build(c)
                topo.append(v)
        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

a = Value(2.0)
b = Value(0.5)
y = (a * b).log()
y.backward()
print(f"{a.grad:.4f} {b.grad:.4f}")
z = Value(3.0)
w = z * Value(0.0)
w.data = 0.0
q = w.log()

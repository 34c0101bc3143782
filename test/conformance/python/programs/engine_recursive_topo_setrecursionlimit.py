import sys


class Value:
    def __init__(self, data, children=()):
        self.data = data
        self.grad = 0.0
        self._prev = set(children)
        self._backward = lambda: None

    def __add__(self, other):
        out = Value(self.data + other.data, (self, other))

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
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
        for v in reversed(topo):
            v._backward()


sys.setrecursionlimit(10000)
leaves = [Value(float(i)) for i in range(2000)]
total = leaves[0]
for leaf in leaves[1:]:
    total = total + leaf
total.backward()
print(total.data, leaves[0].grad, leaves[-1].grad, sum(v.grad for v in leaves))

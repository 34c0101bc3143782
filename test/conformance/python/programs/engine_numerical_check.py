import math


class V:
    __slots__ = ("data", "grad", "_children", "_local_grads")

    def __init__(self, data, children=(), local_grads=()):
        self.data = data
        self.grad = 0.0
        self._children = children
        self._local_grads = local_grads

    def __add__(self, o):
        o = o if isinstance(o, V) else V(o)
        return V(self.data + o.data, (self, o), (1.0, 1.0))

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, V) else V(o)
        return V(self.data * o.data, (self, o), (o.data, self.data))

    __rmul__ = __mul__

    def exp(self):
        e = math.exp(self.data)
        return V(e, (self,), (e,))

    def log(self):
        return V(math.log(self.data), (self,), (1.0 / self.data,))

    def backward(self):
        topo, seen = [], set()

        def visit(v):
            if v not in seen:
                seen.add(v)
                for c in v._children:
                    visit(c)
                topo.append(v)
        visit(self)
        self.grad = 1.0
        for v in reversed(topo):
            for c, g in zip(v._children, v._local_grads):
                c.grad += g * v.grad


def f(a, b, c):
    return (a * b + c.exp()).log() * a + b * b * 3


args = [0.7, -1.3, 0.4]
vs = [V(x) for x in args]
out = f(*vs)
out.backward()
h = 1e-6
for i, v in enumerate(vs):
    up = list(args)
    up[i] += h
    dn = list(args)
    dn[i] -= h
    num = (f(*[V(x) for x in up]).data - f(*[V(x) for x in dn]).data) / (2 * h)
    print(i, f"{v.grad:.8f}", f"{num:.6f}", abs(v.grad - num) < 1e-5)
print(f"{out.data:.12f}")

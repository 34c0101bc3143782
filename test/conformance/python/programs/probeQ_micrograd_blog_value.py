import math
import random


class Value:
    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += 1.0 * out.grad
            other.grad += 1.0 * out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data**other, (self,), f'**{other}')

        def _backward():
            self.grad += other * (self.data ** (other - 1)) * out.grad
        out._backward = _backward
        return out

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other**-1

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __radd__(self, other):
        return self + other

    def tanh(self):
        x = self.data
        t = (math.exp(2 * x) - 1) / (math.exp(2 * x) + 1)
        out = Value(t, (self,), 'tanh')

        def _backward():
            self.grad += (1 - t**2) * out.grad
        out._backward = _backward
        return out

    def exp(self):
        x = self.data
        out = Value(math.exp(x), (self,), 'exp')

        def _backward():
            self.grad += out.data * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo = []
        visited = set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()


def trace(root):
    nodes, edges = [], []

    def build(v):
        if v not in nodes:
            nodes.append(v)
            for child in sorted(v._prev, key=lambda c: c.label):
                edges.append((child, v))
                build(child)
    build(root)
    return nodes, edges


def draw_dot(root, format='svg', rankdir='LR'):
    assert rankdir in ['LR', 'TB']
    nodes, edges = trace(root)
    ids = {id(n): f"n{i}" for i, n in enumerate(nodes)}
    lines = [f'digraph {{ format={format}; rankdir={rankdir};']
    for n in nodes:
        uid = ids[id(n)]
        lines.append(f'  {uid} [label="{{ {n.label} | data {n.data:.4f} | grad {n.grad:.4f} }}", shape=record];')
        if n._op:
            lines.append(f'  {uid}{n._op} [label="{n._op}"];')
            lines.append(f'  {uid}{n._op} -> {uid};')
    for n1, n2 in edges:
        lines.append(f'  {ids[id(n1)]} -> {ids[id(n2)]}{n2._op};')
    lines.append('}')
    return '\n'.join(lines)


a = Value(2.0, label='a')
b = Value(-3.0, label='b')
c = Value(10.0, label='c')
e = a * b; e.label = 'e'
d = e + c; d.label = 'd'
f = Value(-2.0, label='f')
L = d * f; L.label = 'L'
print(L)
L.backward()
print(a, b, c, sep='\n')
print(draw_dot(L))

# manual derivative check
def lol():
    h = 0.001
    a = Value(2.0, label='a'); b = Value(-3.0, label='b'); c = Value(10.0, label='c')
    e = a * b; d = e + c; f = Value(-2.0); L = d * f
    L1 = L.data
    a = Value(2.0 + h, label='a'); b = Value(-3.0, label='b'); c = Value(10.0, label='c')
    e = a * b; d = e + c; f = Value(-2.0); L = d * f
    L2 = L.data
    print((L2 - L1) / h)
lol()

# neuron
x1 = Value(2.0, label='x1'); x2 = Value(0.0, label='x2')
w1 = Value(-3.0, label='w1'); w2 = Value(1.0, label='w2')
b = Value(6.8813735870195432, label='b')
x1w1 = x1 * w1; x1w1.label = 'x1*w1'
x2w2 = x2 * w2; x2w2.label = 'x2*w2'
x1w1x2w2 = x1w1 + x2w2; x1w1x2w2.label = 'x1*w1 + x2*w2'
n = x1w1x2w2 + b; n.label = 'n'
e = (2 * n).exp()
o = (e - 1) / (e + 1); o.label = 'o'
o.backward()
for v in (x1, w1, x2, w2):
    print(v.label, v)
print(round(o.data, 10), o._op, sorted(ch._op for ch in o._prev))
print(draw_dot(o, rankdir='TB').count('->'))
print(a + 1, 1 + a, 3 * a, a / 2, a - 1)
print(sum([Value(1.0), Value(2.5)], Value(0)))

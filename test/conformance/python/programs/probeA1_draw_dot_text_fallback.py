# draw_dot without graphviz: the ImportError fallback and a text graph walking _prev,
# nodes and edges sorted by label so the output does not depend on set order.
from __future__ import annotations
try:
    from graphviz import Digraph
except ImportError:
    Digraph = None

class Value:
    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._prev = set(_children)
        self._op = _op
        self.label = label
        self._backward = lambda: None
    def __add__(self, other):
        out = Value(self.data + other.data, (self, other), '+')
        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out
    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out
    def __repr__(self):
        return "Value(%s=%r)" % (self.label, self.data)

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

def draw_dot(root):
    if Digraph is not None:
        raise SystemExit("graphviz installed?")
    nodes, edges = trace(root)
    lines = ["digraph {", "  rankdir=LR"]
    for n in sorted(nodes, key=lambda n: n.label):
        uid = n.label.replace(' ', '_')
        lines.append('  %s [label="{ %s | data %.4f | grad %.4f }"]' % (uid, n.label, n.data, n.grad))
        if n._op:
            lines.append(f'  {uid}{n._op} [label="{n._op}"]')
            lines.append(f'  {uid}{n._op} -> {uid}')
    for a, b in sorted(edges, key=lambda e: (e[0].label, e[1].label)):
        lines.append("  {} -> {}{}".format(a.label.replace(' ', '_'), b.label.replace(' ', '_'), b._op))
    lines.append("}")
    return "\n".join(lines)

a = Value(2.0, label='a')
b = Value(-3.0, label='b')
c = Value(10.0, label='c')
e = a*b; e.label = 'e'
d = e + c; d.label = 'd'
f = Value(-2.0, label='f')
L = d * f; L.label = 'L'
L.grad = 1.0
for node in [L, d, e]:
    node._backward()
print(draw_dot(L))
print(sorted(trace(L)[0], key=lambda v: v.label))
print(Digraph, type(Digraph).__name__)

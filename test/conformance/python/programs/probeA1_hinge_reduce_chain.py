# Hinge loss + L2 regularisation with functools.reduce sums, itertools.chain over
# parameters, a defaultdict of grads, __hash__ = object.__hash__, and print(*xs, sep=, end=).
import random
from functools import reduce
from itertools import chain
from collections import defaultdict
import operator

random.seed(42)

class V:
    def __init__(s, d, ch=(), op=''):
        s.data, s.grad, s._prev, s._op = d, 0.0, ch, op
        s._backward = lambda: None
    __hash__ = object.__hash__
    def __eq__(s, o):
        return s is o
    def __add__(s, o):
        o = o if isinstance(o, V) else V(o)
        out = V(s.data + o.data, (s, o), '+')
        def bw():
            s.grad += out.grad; o.grad += out.grad
        out._backward = bw
        return out
    __radd__ = __add__
    def __mul__(s, o):
        o = o if isinstance(o, V) else V(o)
        out = V(s.data * o.data, (s, o), '*')
        def bw():
            s.grad += o.data * out.grad; o.grad += s.data * out.grad
        out._backward = bw
        return out
    __rmul__ = __mul__
    def __neg__(s): return s * -1
    def __sub__(s, o): return s + (-o)
    def __rsub__(s, o): return (-s) + o
    def relu(s):
        out = V(max(0.0, s.data), (s,), 'relu')
        def bw():
            s.grad += (out.data > 0) * out.grad
        out._backward = bw
        return out
    def backward(s):
        order, seen = [], set()
        def go(v):
            if v in seen: return
            seen.add(v)
            for c in v._prev: go(c)
            order.append(v)
        go(s)
        s.grad = 1.0
        for v in reversed(order): v._backward()
    def __repr__(s): return 'V(%.5g)' % s.data

X = [[random.gauss(0, 1), random.gauss(0, 1)] for _ in range(12)]
y = [1 if a + 0.5 * b > 0 else -1 for a, b in X]
W = [V(random.uniform(-1, 1)) for _ in range(2)]
B = V(0.0)

def scores():
    return [reduce(operator.add, (w * xi for w, xi in zip(W, x)), B) for x in X]

for step in range(8):
    sc = scores()
    losses = [(1 + -yi * si).relu() for yi, si in zip(y, sc)]
    data_loss = sum(losses) * (1.0 / len(losses))
    alpha = 1e-4
    reg_loss = alpha * sum((p * p for p in W))
    total = data_loss + reg_loss
    accuracy = [(yi > 0) == (si.data > 0) for yi, si in zip(y, sc)]
    for p in chain(W, [B]):
        p.grad = 0.0
    total.backward()
    lr = 1.0 - 0.9 * step / 8
    for p in chain(W, [B]):
        p.data -= lr * p.grad
    print("step %d loss %.6f, accuracy %d%%" % (step, total.data, sum(accuracy) / len(accuracy) * 100))

grads = defaultdict(float)
for i, p in enumerate(chain(W, [B]), start=1):
    grads[f"p{i}"] += p.grad
print(dict(grads))
print(*W, B, sep=' | ', end=' <end>\n')
print(sum(accuracy), len(accuracy), accuracy.count(True) / len(accuracy))

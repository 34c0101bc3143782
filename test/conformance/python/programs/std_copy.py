# copy: shallow and deep copies of containers, instances (with __slots__ too), hooks, and a
# micrograd-style graph of Values.
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, b is a, b[1] is a[1], c, c[1] is a[1], c[2]["k"] is a[2]["k"])
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2, d2 is t2, d2[1] is t2[1])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)

shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc, cc)
d = {"a": 1}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd is d)


class P:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"


p = P(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r).__name__)


class S:
    __slots__ = ("a", "b")


s1 = S()
s1.a = [1]
s1.b = 2
s2 = copy.deepcopy(s1)
s3 = copy.copy(s1)
print(s2.a, s2.b, s2.a is s1.a, s3.a is s1.a)


class Hooked:
    def __init__(self):
        self.v = [1]

    def __copy__(self):
        print("__copy__ called")
        return "shallow!"

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with a", type(memo).__name__)
        n = Hooked()
        memo[id(self)] = n
        n.v = copy.deepcopy(self.v, memo)
        return n


h = Hooked()
print(copy.copy(h))
hh = copy.deepcopy([h, h])
print(hh[0] is hh[1], hh[0].v, hh[0] is h)


class State:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        print("getstate")
        return {"a": self.a}

    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)


print(vars(copy.deepcopy(State())))

print(copy.deepcopy(Counter("aab")), type(copy.copy(Counter("ab"))).__name__)
print(copy.deepcopy(OrderedDict(a=[1])))
dd = defaultdict(list, a=[1])
de = copy.deepcopy(dd)
de["b"].append(2)
print(de, dd, de["a"] is dd["a"])
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[0] is dq[0])
Pt = namedtuple("Pt", "x y")
pt = Pt([1], 2)
pc = copy.deepcopy(pt)
print(pc, pc.x is pt.x, copy.copy(pt) == pt)


def f():
    pass


print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy(P) is P, copy.deepcopy(range(3)))
e = ValueError("bad", [1])
e2 = copy.deepcopy(e)
print(repr(e2), e2.args[1] is e.args[1], type(e2).__name__)
memo = {}
copy.deepcopy([1, [2]], memo)
print(len(memo) > 0)
for bad in (lambda: copy.deepcopy(x for x in []), lambda: copy.deepcopy(copy), lambda: copy.copy()):
    try:
        bad()
    except TypeError as ex:
        print("TypeError:", ex)


class Value:
    def __init__(self, data, _children=(), _op=""):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
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

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"


def leaves(v, acc):
    if not v._prev:
        acc.append(v)
    for child in v._prev:
        leaves(child, acc)
    return acc


x = Value(2.0)
w = Value(-3.0)
y = x * w + x
y2 = copy.deepcopy(y)
print(y2, y2 is y, y2._op, sorted(v.data for v in y2._prev))
originals = {id(v) for v in leaves(y, [])}
copies = leaves(y2, [])
print(len(copies), len({id(v) for v in copies}), any(id(v) in originals for v in copies))
y3 = copy.copy(y)
print(y3 is y, y3._prev is y._prev, y3.data)

# A scalar autograd engine whose nodes keep their parents through weak references, and a
# weak cache of constants: the graph stays alive while the loss holds it.
import math
import weakref


class Value:
    _constants = weakref.WeakValueDictionary()

    def __init__(self, data, children=(), op=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = [weakref.ref(c) for c in children]
        self._op = op

    @classmethod
    def constant(cls, x):
        v = cls._constants.get(x)
        if v is None:
            v = cls._constants[x] = Value(x)
        return v

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value.constant(other)
        out = Value(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value.constant(other)
        out = Value(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), 'tanh')

        def _backward():
            self.grad += (1 - t * t) * out.grad

        out._backward = _backward
        return out

    def parents(self):
        return [r() for r in self._prev]

    def backward(self):
        topo, seen = [], set()

        def build(v):
            if v not in seen:
                seen.add(v)
                for p in v.parents():
                    build(p)
                topo.append(v)

        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

    def __repr__(self):
        return f'Value(data={self.data:.4f}, grad={self.grad:.4f})'


x, w, b = Value(0.5), Value(-1.5), Value(2.0)
y = (x * w + b).tanh()
y.backward()
print(y, x, w, b)
print([p._op for p in y.parents()], y.parents()[0].parents()[1] is b)
three = Value.constant(3)
print(Value.constant(3) is three, len(Value._constants))
z = x * 2 + 2
print(len(Value._constants), sorted(Value._constants.keys()))
print(weakref.getweakrefcount(x), weakref.getweakrefs(x)[0]() is x)
node = weakref.proxy(y)
print(node.data == y.data, node._op, node.parents()[0] is y.parents()[0])
print(weakref.ref(x, print).__callback__ is print)
print(weakref.ref(x.data))

# A PyTorch-flavoured framework: Module registers Parameters and submodules in
# __setattr__, named_parameters by yield from, a Sequential repr, XOR trained with tanh.
"""A PyTorch-flavoured mini framework: Module registers Parameters and submodules in __setattr__."""
import math
import random
from collections import OrderedDict


class Tensor:
    def __init__(self, data, requires_grad=False, _ctx=None):
        self.data = float(data)
        self.requires_grad = requires_grad
        self.grad = None
        self._ctx = _ctx

    def __repr__(self):
        extra = ", requires_grad=True" if self.requires_grad else ""
        return f"tensor({self.data:.4f}{extra})"

    def _binary(self, other, fwd, bwd):
        other = other if isinstance(other, Tensor) else Tensor(other)
        out = Tensor(fwd(self.data, other.data), self.requires_grad or other.requires_grad)
        out._ctx = (bwd, (self, other))
        return out

    def __add__(self, o):
        return self._binary(o, lambda a, b: a + b, lambda a, b, g: (g, g))

    def __mul__(self, o):
        return self._binary(o, lambda a, b: a * b, lambda a, b, g: (g * b, g * a))

    def __sub__(self, o):
        return self._binary(o, lambda a, b: a - b, lambda a, b, g: (g, -g))

    __radd__ = __add__
    __rmul__ = __mul__

    def tanh(self):
        t = math.tanh(self.data)
        out = Tensor(t, self.requires_grad)
        out._ctx = (lambda a, g: ((1 - t ** 2) * g,), (self,))
        return out

    def backward(self, grad=1.0):
        order, seen = [], set()

        def dfs(t):
            if id(t) in seen or t._ctx is None:
                return
            seen.add(id(t))
            for p in t._ctx[1]:
                dfs(p)
            order.append(t)

        dfs(self)
        grads = {id(self): grad}
        for t in reversed(order):
            fn, parents = t._ctx
            g = grads.pop(id(t), 0.0)
            for p, pg in zip(parents, fn(*(q.data for q in parents), g)):
                if p.requires_grad:
                    grads[id(p)] = grads.get(id(p), 0.0) + pg
                    if p._ctx is None:
                        p.grad = (p.grad or 0.0) + pg


class Parameter(Tensor):
    def __init__(self, data):
        super().__init__(data, requires_grad=True)

    def __repr__(self):
        return "Parameter containing:\n" + super().__repr__()


class Module:
    def __init__(self):
        object.__setattr__(self, "_parameters", OrderedDict())
        object.__setattr__(self, "_modules", OrderedDict())
        self.training = True

    def __setattr__(self, name, value):
        if isinstance(value, Parameter):
            self._parameters[name] = value
        elif isinstance(value, Module):
            self._modules[name] = value
        object.__setattr__(self, name, value)

    def named_parameters(self, prefix=""):
        for name, p in self._parameters.items():
            yield prefix + name, p
        for name, m in self._modules.items():
            yield from m.named_parameters(prefix + name + ".")

    def parameters(self):
        return [p for _, p in self.named_parameters()]

    def zero_grad(self):
        for p in self.parameters():
            p.grad = None

    def train(self, mode=True):
        self.training = mode
        for m in self._modules.values():
            m.train(mode)
        return self

    def eval(self):
        return self.train(False)

    def __call__(self, *args, **kwargs):
        return self.forward(*args, **kwargs)

    def __repr__(self):
        lines = [f"{type(self).__name__}("]
        for name, m in self._modules.items():
            sub = repr(m).replace("\n", "\n  ")
            lines.append(f"  ({name}): {sub}")
        lines.append(")")
        return "\n".join(lines) if self._modules else f"{type(self).__name__}({self.extra_repr()})"

    def extra_repr(self):
        return ""


class Linear(Module):
    def __init__(self, nin, nout):
        super().__init__()
        self.nin, self.nout = nin, nout
        scale = 1 / math.sqrt(nin)
        for i in range(nout):
            for j in range(nin):
                setattr(self, f"w{i}_{j}", Parameter(random.uniform(-scale, scale)))
            setattr(self, f"b{i}", Parameter(0.0))

    def forward(self, xs):
        return [sum((getattr(self, f"w{i}_{j}") * x for j, x in enumerate(xs)), getattr(self, f"b{i}"))
                for i in range(self.nout)]

    def extra_repr(self):
        return f"in_features={self.nin}, out_features={self.nout}, bias=True"


class Tanh(Module):
    def forward(self, xs):
        return [x.tanh() for x in xs]


class Sequential(Module):
    def __init__(self, *layers):
        super().__init__()
        for i, layer in enumerate(layers):
            setattr(self, str(i), layer)

    def forward(self, x):
        for m in self._modules.values():
            x = m(x)
        return x


random.seed(11)
net = Sequential(Linear(2, 3), Tanh(), Linear(3, 1))
print(net)
names = [n for n, _ in net.named_parameters()]
print(len(names), names[:4], names[-2:])
print(net._modules["0"].b0)
xs = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
ys = [-1.0, 1.0, 1.0, -1.0]
for epoch in range(40):
    net.zero_grad()
    loss = Tensor(0.0)
    for x, y in zip(xs, ys):
        (out,) = net(list(x))
        diff = out - y
        loss = loss + diff * diff
    loss.backward()
    for p in net.parameters():
        p.data -= 0.1 * (p.grad or 0.0)
    if epoch % 10 == 9:
        print(f"epoch {epoch + 1:3d}  loss {loss.data:.6f}  training={net.training}")
net.eval()
print([round(net(list(x))[0].data, 3) for x in xs], net.training, net._modules["1"].training)
print(sum(1 for p in net.parameters() if p.grad is not None), loss)

# A PyTorch-like Module whose __setattr__ registers parameters and submodules, named
# parameters by yield from, __init_subclass__, a metaclass, __new__, descriptors and the MRO.
import random
from typing import Iterator, Tuple
class Value:
    __slots__ = ("data", "grad")
    def __init__(self, data): self.data = data; self.grad = 0.0
    def __repr__(self): return f"Value({self.data:.4f})"
class Module:
    def __init__(self):
        object.__setattr__(self, "_params", {})
        object.__setattr__(self, "_modules", {})
        self.training = True
    def __setattr__(self, name, value):
        if isinstance(value, Value):
            self._params[name] = value
        elif isinstance(value, Module):
            self._modules[name] = value
        elif isinstance(value, list) and value and all(isinstance(v, Module) for v in value):
            for i, m in enumerate(value):
                self._modules[f"{name}.{i}"] = m
        super().__setattr__(name, value)
    def __getattr__(self, name):
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r} (params: {sorted(self._params)})")
    def named_parameters(self, prefix="") -> Iterator[Tuple[str, Value]]:
        for n, p in self._params.items():
            yield prefix + n, p
        for mn, m in self._modules.items():
            yield from m.named_parameters(prefix + mn + ".")
    def parameters(self): return [p for _, p in self.named_parameters()]
    def train(self, mode=True):
        self.training = mode
        for m in self._modules.values(): m.train(mode)
        return self
    def eval(self): return self.train(False)
    def __repr__(self):
        lines = [type(self).__name__ + "("]
        for n, m in self._modules.items():
            sub = repr(m).replace("\n", "\n  ")
            lines.append(f"  ({n}): {sub}")
        lines.append(")")
        return "\n".join(lines) if self._modules else f"{type(self).__name__}({self.extra_repr()})"
    def extra_repr(self): return ""
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Module.registry.append(cls.__name__)
Module.registry = []
class Linear(Module):
    def __init__(self, nin, nout, rng):
        super().__init__()
        self.nin, self.nout = nin, nout
        for i in range(nout):
            setattr(self, f"b{i}", Value(rng.uniform(-1, 1)))
        self.w = Value(rng.gauss(0, 1))
    def extra_repr(self): return f"in_features={self.nin}, out_features={self.nout}, bias=True"
class MLP(Module):
    def __init__(self, sizes, rng):
        super().__init__()
        self.layers = [Linear(a, b, rng) for a, b in zip(sizes, sizes[1:])]
        self.head = Linear(sizes[-1], 1, rng)
rng = random.Random(0)
m = MLP([3, 4, 2], rng)
print(m)
for n, p in m.named_parameters():
    print(f"{n:<16}{p!r:>16}")
print(len(m.parameters()), Module.registry, m.eval().training, m.layers[0].training, vars(m.layers[1]).keys())
print(hasattr(m, "nope"), getattr(m, "nope", 42))
try:
    m.nope
except AttributeError as e:
    print(e)
print(m.__dict__.keys(), type(m).__mro__, MLP.__bases__, MLP.__name__, MLP.__qualname__, m.__class__.__name__)
print(isinstance(m, Module), issubclass(MLP, Module), type(m) is MLP, Linear.extra_repr(m.head))
delattr(m, "training"); print("training" in vars(m), m.__dict__.get("training"))
class Meta(type):
    def __call__(cls, *a, **k):
        print("making", cls.__name__, a)
        return super().__call__(*a, **k)
class Thing(metaclass=Meta):
    def __init__(self, x): self.x = x
print(Thing(3).x)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Singleton(1); s2 = Singleton(2); print(s1 is s2, s1.v)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None): return self if obj is None else getattr(obj, self.name, 0) * 2
    def __set__(self, obj, v): setattr(obj, self.name, v)
class HasDesc:
    lr = Desc()
h = HasDesc(); h.lr = 5; print(h.lr, h._lr, type(HasDesc.lr).__name__)
class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
class C(A):
    def hi(self): return "C" + super().hi()
class D(B, C):
    def hi(self): return "D" + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__])
class Stack(list):
    def push(self, x): self.append(x); return self
    def __repr__(self): return "Stack" + super().__repr__()
s = Stack([1]); s.push(2).push(3); print(s, len(s), s[-1], s + [4], type(s + [4]).__name__, sum(s))
class DefaultDict(dict):
    def __missing__(self, k): return k * 2
dd = DefaultDict(a=1); print(dd["a"], dd["zz"], dd.get("zz"), dd)

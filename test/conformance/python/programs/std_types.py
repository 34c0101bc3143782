# types: SimpleNamespace, and the classes of functions, methods, generators and modules.
import types
import math
from types import SimpleNamespace

cfg = SimpleNamespace(lr=0.1, steps=3, name="mlp")
print(cfg)
print(cfg.lr, cfg.steps, cfg.name)
cfg.momentum = 0.9
del cfg.name
print(cfg, vars(cfg))
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1), SimpleNamespace(a=1) != {"a": 1})
print(SimpleNamespace())
n = SimpleNamespace(x=[1, 2])
n.me = n
print(n)
print(types.SimpleNamespace)
print(isinstance(cfg, SimpleNamespace), type(cfg).__name__)


class Config(SimpleNamespace):
    pass


c = Config(a=1)
print(c, c == SimpleNamespace(a=1))

try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(cfg)
except TypeError as e:
    print("TypeError")


def f(x):
    return x


def gen():
    yield 1


class Model:
    def forward(self):
        return "forward"


m = Model()
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(m.forward, types.MethodType), isinstance(Model.forward, types.FunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance([], types.GeneratorType))
print(isinstance(math, types.ModuleType), isinstance(f, types.ModuleType))
print(types.FunctionType, types.MethodType, types.GeneratorType)
print(types.BuiltinFunctionType, types.ModuleType, types.LambdaType is types.FunctionType)


def describe(self, suffix):
    return type(self).__name__ + suffix


m.describe = types.MethodType(describe, m)
print(m.describe("!"), m.describe.__self__ is m, m.describe.__func__ is describe)
print(isinstance(m.describe, types.MethodType))
try:
    types.MethodType(1, m)
except TypeError as e:
    print("TypeError:", e)
try:
    types.MethodType(describe, None)
except TypeError as e:
    print("TypeError:", e)

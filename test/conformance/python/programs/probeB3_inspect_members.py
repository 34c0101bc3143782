import functools
import inspect
from abc import ABC, abstractmethod
from dataclasses import dataclass, field


class Module:
    """Base class of layers.

    Holds parameters.
    """

    def parameters(self):
        """Return the parameters.

            Indented more.
        """
        return []

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0


class Linear(Module):
    def __init__(self, nin, nout=1):
        self.w = [0.0] * nin
        self.b = 0.0

    def parameters(self):
        return self.w + [self.b]

    def gen(self):
        yield 1


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@timed
def train(model, steps: int = 10, lr=0.01) -> None:
    """Train   the model."""


@dataclass
class Config:
    lr: float = 0.1
    layers: list = field(default_factory=list)
    name: str = 'mlp'


class Shape(ABC):
    @abstractmethod
    def area(self): ...


lin = Linear(3)
print(inspect.signature(train), inspect.signature(train, follow_wrapped=False))
print(inspect.signature(Linear), inspect.signature(lin.parameters), inspect.signature(Config))
print(inspect.getdoc(Module), repr(inspect.getdoc(Linear)), sep='\n')
print(inspect.getdoc(lin.parameters))
print(repr(inspect.getdoc(Module.parameters)), inspect.getdoc(train))
print(repr(inspect.cleandoc('  first\n\t  second\n      third\n\n')))
for obj in [Linear, lin, lin.parameters, Linear.parameters, len, [].append, inspect, lin.gen(), Linear.gen, lin.gen, train, lambda: 0, 3]:
    print([inspect.isclass(obj), inspect.isfunction(obj), inspect.ismethod(obj), inspect.isbuiltin(obj),
           inspect.isroutine(obj), inspect.ismodule(obj), inspect.isgenerator(obj), inspect.isgeneratorfunction(obj)])
print(inspect.isabstract(Shape), inspect.isabstract(Linear), inspect.isabstract(3))
print([name for name, _ in inspect.getmembers(lin, inspect.ismethod)])
print(inspect.getmembers(lin, lambda v: isinstance(v, (float, list))))
print([n for n, v in inspect.getmembers(Linear, inspect.isfunction)])
print([n for n, v in inspect.getmembers(lin) if not n.startswith('__')])
print(inspect.getmro(Linear))
for name, p in inspect.signature(Linear.__init__).parameters.items():
    print(name, p.kind, p.default)
print(inspect.signature(Linear.zero_grad))
print(Config.__init__.__annotations__)
print(inspect.signature(42))

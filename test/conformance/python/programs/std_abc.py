# abc: an abstract Module base, as hand-written autograd libraries declare it.
from abc import ABC, ABCMeta, abstractmethod
import abc


class Module(ABC):
    @abstractmethod
    def forward(self, x): ...

    @abstractmethod
    def parameters(self): ...

    def zero_grad(self):
        for p in self.parameters():
            p["grad"] = 0.0

    def __call__(self, x):
        return self.forward(x)


for make in (lambda: Module(), lambda: ABC(1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Half(Module):
    def forward(self, x):
        return x


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Linear(Half):
    def __init__(self, n):
        self.w = [{"data": i * 0.5, "grad": 1.0} for i in range(n)]

    def forward(self, x):
        return sum(w["data"] * xi for w, xi in zip(self.w, x))

    def parameters(self):
        return self.w


lin = Linear(3)
print(lin([1.0, 2.0, 3.0]), isinstance(lin, Module), isinstance(lin, ABC))
lin.zero_grad()
print([p["grad"] for p in lin.parameters()])
print(type(Module), type(ABC), ABC, Module, ABCMeta, abc.ABC is ABC)
print(isinstance(Module, ABCMeta), isinstance(Linear, ABCMeta), Module.__mro__)
print(Module.forward.__isabstractmethod__, Module.__module__, ABC.__module__)


class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...

    @staticmethod
    @abstractmethod
    def sides(): ...

    @classmethod
    @abstractmethod
    def unit(cls): ...


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s**2

    @staticmethod
    def sides():
        return 4

    @classmethod
    def unit(cls):
        return cls(1)


sq = Square(3)
print(sq.area, Square.sides(), Square.unit().area, Shape.area.__isabstractmethod__)


# Without an ABC base the marks do nothing, as in Python.
class Plain:
    @abstractmethod
    def f(self):
        pass


print(type(Plain()).__name__)


# The abstract check comes before __init__'s arguments are looked at.
class NeedsArg(ABC):
    def __init__(self, a):
        self.a = a

    @abstractmethod
    def f(self): ...


try:
    NeedsArg()
except TypeError as e:
    print("TypeError:", e)


# A registered class counts as a subclass without deriving from it.
class Duck:
    def forward(self, x):
        return x


Module.register(Duck)
print(isinstance(Duck(), Module), issubclass(Duck, Module), issubclass(int, Module))

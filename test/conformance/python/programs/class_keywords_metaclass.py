# Keywords in a class statement: metaclass=ABCMeta, and the others for __init_subclass__.
from abc import ABCMeta, abstractmethod


class Optimizer(metaclass=ABCMeta):
    @abstractmethod
    def step(self): ...


try:
    Optimizer()
except TypeError as e:
    print("TypeError:", e)


class SGD(Optimizer):
    def __init__(self, lr=0.1):
        self.lr = lr

    def step(self):
        return f"step with lr={self.lr}"


print(SGD().step(), type(Optimizer), type(SGD), isinstance(SGD(0.5), Optimizer))


class Plain(metaclass=type):
    pass


print(type(Plain()).__name__, type(Plain))

registry = {}


class Layer:
    def __init_subclass__(cls, kind="dense", **kwargs):
        super().__init_subclass__(**kwargs)
        registry[cls.__name__] = kind


class Conv(Layer, kind="conv"):
    pass


class Dense(Layer):
    pass


print(registry)
try:

    class Bad(Layer, kind="x", extra=1):
        pass

except TypeError as e:
    print("TypeError:", e)
try:

    class Lone(flag=True):
        pass

except TypeError as e:
    print("TypeError:", e)

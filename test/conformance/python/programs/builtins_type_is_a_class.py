# `type` is a class: the type of every class, so isinstance(C, type) holds for classes,
# built-in or the program's, and issubclass sees ABCMeta under it.
from abc import ABC, ABCMeta


class Plain:
    pass


class Base(ABC):
    pass


print(isinstance(Plain, type), isinstance(int, type), isinstance(list, type), isinstance(type, type))
print(isinstance(3, type), isinstance(Plain(), type), isinstance(len, type), isinstance(None, type))
print(type(Plain) is type, type(int) is type, type(type) is type, type(Base) is type, type(Base))
print(issubclass(type(Plain), type), issubclass(ABCMeta, type), issubclass(type, object), issubclass(int, type))
print(isinstance(Base, type), isinstance(ABCMeta, type), type, type.__name__, type(3).__name__)
print(type("x") is str, type(type(1.0)) is type)


def describe(x):
    if isinstance(x, type):
        return "class " + x.__name__
    return "instance of " + type(x).__name__


print([describe(v) for v in (int, 3, Plain, Plain(), Base, type)])


class Meta(metaclass=type):
    pass


print(type(Meta), (int, type) == (int, type), {type: 1}[type])
try:
    type()
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)

# C[k] asks the class's __class_getitem__; typing forms keep strings as forward references;
# a dataclass InitVar[...] is an object of its own.
from dataclasses import InitVar, dataclass
from typing import List, Optional, Union
import abc


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item!r}"


class Tagged:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Box[int])
print(Box["Value"], Tagged[1, 2])
print(Optional["Value"], List["Node"], list["Node"])
print(Union[int, "Value", None])
print(list[abc.ABC], dict[str, Optional[int]])
print(InitVar[int], InitVar[list[int]], type(InitVar[float]).__name__)


class Value:
    pass


print(InitVar[Value], Optional[Value], Value | None)


@dataclass
class Scaled:
    data: float
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.data *= scale


print(Scaled(2.0, 3.0), Scaled.__annotations__["scale"])
try:
    Value[int]
except TypeError as e:
    print("TypeError:", e)

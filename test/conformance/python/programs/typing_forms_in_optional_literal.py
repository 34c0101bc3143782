from typing import Optional, Union, Callable, TypeVar, Literal, List
V = TypeVar("V")
Fn = Optional[Callable[[V], V]]
print(Fn)
print(Union[List[int], None], Optional[V])
Mode = Literal["mean", "sum", None]
print(Mode)
try:
    Nond
except NameError as e:
    print(e)
try:
    Nome
except NameError as e:
    print(e)

# Types as values (PEP 604 unions, PEP 585 generic aliases, typing's forms): type aliases,
# their reprs, isinstance with a union, equality and hashing of unions, Ellipsis.
from typing import Optional, Union, List, Dict, Tuple, Any, Callable


class Value:
    def __init__(self, data=0.0):
        self.data = data


print(int | None, int | float, list[int], dict[str, float], tuple[int, ...], tuple[()] if False else 0)
print(Optional[int], Union[int, str], List[int], Dict[str, float], Tuple[int, ...], Optional[Value], Value | float, list[Value])
print(Union[int], Union[int, None], Optional[Union[int, str]], Union[int, int], int | int, int | str | int)
print(Optional, Union, List, Any, Callable[[int], float], Callable[..., int])
print(isinstance(3, int | float), isinstance("a", int | None), isinstance(None, int | None))
print(type(int | None), type(list[int]), type(Optional[int]))
print((int | None) == (None | int), (int | str) == (str | int), int | None == Optional[int], Optional[int] == Union[int, None])
print(repr(list[int]), str(dict[str, list[int]]))
print(list[int]([1, 2]), (int | None).__args__, list[int].__origin__, list[int].__args__)
try:
    isinstance(1, list[int])
except TypeError as e: print(e)
try:
    print(isinstance(1, Optional[int]))
except TypeError as e: print(e)
try:
    print(isinstance(1, List[int]))
except TypeError as e: print(e)
Vec = list[float]
Num = int | float
def f(x: Num) -> Vec: return [float(x)]
print(f(2), Vec, Num, hash(int | None) == hash(None | int))
print(None | int, type(None) | int)
try: print(3 | int)
except TypeError as e: print(e)
try: print(int | 3)
except TypeError as e: print(e)
try: print("a" | int)
except TypeError as e: print(e)
import typing  # noqa: E402
Num = int | float
Scalar = Value | float
Vec = list[float]
Shape = tuple[int, ...]
print(Num, Scalar, Vec, Shape, Optional[Value], typing.Dict[str, Vec])
def as_value(x: Scalar) -> Value:
    return x if isinstance(x, Value) else Value(float(x))
print(as_value(2).data, as_value(Value(3.0)).data, isinstance(2, Num), isinstance("2", Num))
print(Num == (float | int), {Num: "num"}[float | int], len({int | None, None | int, Optional[int]}))
print(Union[int, str] == (int | str), Optional[int] == (int | None))
print(type(...), ..., Callable[[int, float], Value], Tuple[()], list[int] == list[int], list[int] == list[str])
print(Vec([1.0, 2.0]), Num | None, (int | None) | str, int | (str | None))

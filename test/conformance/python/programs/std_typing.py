from typing import List, Dict, Tuple, Optional, Union, Callable, Any, Iterable, Sequence
import typing


def f(xs: List[float], m: Dict[str, int], t: Tuple[int, ...], o: Optional[str] = None,
      u: Union[int, str] = 1, cb: Callable[..., Any] = print) -> Iterable[float]:
    return [x * 2 for x in xs]


print(f([1.0, 2.5], {}, ()))


def g(s: Sequence[int]) -> "typing.List[int]":
    return list(s)


print(g((3, 4)))

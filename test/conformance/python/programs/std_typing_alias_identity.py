# typing caches its subscriptions: the same subscription is the same object (`is`), for
# typing's forms and a program's Generic classes; list[int] and int | str are made anew.
from typing import Dict, Generic, List, Optional, Tuple, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")


class Box(Generic[T]):
    pass


class Pair(Generic[K, T]):
    pass


print(Box[int] == Box[int], Box[int] is Box[int], Box[int] is Box[str], Box[int] == Box[str])
print(Pair[int, str] is Pair[int, str], Pair[int, str] is Pair[str, int], Box[T] is Box[T])
print(List[int] is List[int], Dict[str, int] is Dict[str, int], Tuple[int, ...] is Tuple[int, ...])
print(Optional[int] is Optional[int], Optional[int] is Union[int, None])
print(Union[int, str] is Union[int, str], Union[int, str] is Union[str, int])
print(Union[int, str] == Union[str, int], Box[List[int]] is Box[List[int]])
print(list[int] is list[int], list[int] == list[int], (int | str) is (int | str))
print(Box[list[int]] is Box[list[int]], hash(Box[int]) == hash(Box[int]))
print({Box[int]: "boxed"}[Box[int]], Box[int], Optional[Box[int]])

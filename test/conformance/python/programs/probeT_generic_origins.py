# get_origin/get_args around Generic and Protocol, and a generic class's __orig_bases__.
from typing import Dict, Generic, List, Optional, Protocol, TypeVar, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K")


class Box(Generic[T]):
    size = 1


class IntBox(Box[int]):
    pass


class Table(Dict[str, T]):
    pass


class Reader(Protocol[T]):
    def read(self) -> T: ...


class Pair(Box[T], Generic[K, T]):
    pass


class Plain(IntBox):
    pass


print(get_origin(Generic), get_args(Generic), get_origin(Protocol), get_args(Protocol))
print(get_origin(Generic[T, K]), get_args(Generic[T, K]), get_origin(Protocol[T]))
print(Box.__orig_bases__, Box.__parameters__)
print(IntBox.__orig_bases__, IntBox.__parameters__, "__orig_bases__" in IntBox.__dict__)
print(Table.__orig_bases__, Table.__parameters__, Reader.__orig_bases__)
print(Pair.__orig_bases__, Pair.__parameters__)
print(Plain.__orig_bases__, "__orig_bases__" in Plain.__dict__)
print(get_origin(Box[int]), get_args(Box[int]), get_origin(Box), get_args(Box))
print(get_origin(Optional[Box[str]]), get_args(Optional[Box[str]]))
print(get_origin(List), get_args(List), get_origin(T), get_args(T))
print([k for k in Box.__dict__ if k.startswith("__o") or k == "size"])

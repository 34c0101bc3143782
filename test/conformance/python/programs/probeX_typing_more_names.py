# More of typing's names import and work at run time: the abc-like forms (ContextManager,
# Pattern, Match, Awaitable...), Required/NotRequired in a TypedDict, assert_never and
# assert_type, dataclass_transform.
import re
from typing import (
    Awaitable,
    ContextManager,
    Literal,
    Match,
    NotRequired,
    Pattern,
    Required,
    TypedDict,
    assert_never,
    assert_type,
    dataclass_transform,
    get_overloads,
)

print(ContextManager, ContextManager[int], Pattern[str], Match[str], Awaitable[int])
print(Required[int], NotRequired[str])


def compile_all(patterns: list[str]) -> list[Pattern[str]]:
    return [re.compile(p) for p in patterns]


print(compile_all(["a+b", r"\d+"]), compile_all.__annotations__["return"])


class Movie(TypedDict, total=False):
    title: Required[str]
    year: NotRequired[int]
    rating: float


class Book(TypedDict):
    title: str
    isbn: NotRequired[str]


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Book.__required_keys__), sorted(Book.__optional_keys__))


def describe(kind: Literal["cat", "dog"]) -> str:
    if kind == "cat":
        return "meows"
    elif kind == "dog":
        return "barks"
    else:
        assert_never(kind)


print(describe("cat"), assert_type(5, int), get_overloads(describe))
for bad in ["cow", "x" * 120]:
    try:
        describe(bad)
    except AssertionError as e:
        print("AssertionError:", e)


@dataclass_transform()
def model(cls):
    cls.is_model = True
    return cls


@model
class Customer:
    pass


print(Customer.is_model)

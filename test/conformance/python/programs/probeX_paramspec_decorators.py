# typing.ParamSpec for typed decorators: Callable[P, R], *args: P.args, **kwargs: P.kwargs
# (evaluated, as annotations are without the __future__ import), and Concatenate.
import functools
from typing import Callable, Concatenate, Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def traced(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"call {func.__name__}{args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"  -> {result!r}")
        return result

    return wrapper


@traced
def price_with_tax(amount: float, rate: float = 0.2) -> float:
    return round(amount * (1 + rate), 2)


price_with_tax(10)
price_with_tax(99.99, rate=0.07)
print(P, P.args, P.kwargs, P.__name__, P.args.__origin__ is P, P.__bound__)
print(type(P).__name__, type(P.args).__name__, type(P.kwargs).__name__)
print(Callable[P, R])
print(Callable[Concatenate[int, P], R])
print(traced.__annotations__)


def with_unit(unit: str) -> Callable[[Callable[P, float]], Callable[P, str]]:
    def decorate(func: Callable[P, float]) -> Callable[P, str]:
        def inner(*args: P.args, **kwargs: P.kwargs) -> str:
            return f"{func(*args, **kwargs):.1f} {unit}"

        return inner

    return decorate


@with_unit("km")
def distance(speed: float, hours: float) -> float:
    return speed * hours


print(distance(88.5, 2.25))


class Pipeline(Generic[P, R]):
    pass


print(Pipeline.__parameters__)
print(ParamSpec("Q", bound=int).__bound__, ParamSpec("C", covariant=True))

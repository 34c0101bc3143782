# A def's annotations: evaluated when the def runs (after the defaults), kept in
# __annotations__ in CPython's order, copied by functools.wraps, read by singledispatch.
import functools
from typing import Dict, List, Optional


def trace(tag):
    print("evaluating", tag)
    return tag


def scale(
    first: trace("first"),
    /,
    factor: trace("factor") = trace("factor default"),
    *rest: trace("rest"),
    clamp: trace("clamp") = trace("clamp default"),
    **options: trace("options"),
) -> trace("return"):
    return first


print(scale.__annotations__)


class Shelf:
    def put(self, __slot: int, items: List[str], label: Optional["Shelf"] = None) -> None:
        pass

    def count(self):
        return 0


print(Shelf.put.__annotations__)
print(Shelf().put.__annotations__ is Shelf.put.__annotations__, Shelf.count.__annotations__)
print((lambda n: n).__annotations__)


def make_reader():
    class Record:
        pass

    def read(source: Record) -> Dict[str, Record]:
        return {}

    return read


print(make_reader().__annotations__)


def plain():
    pass


plain.__annotations__["note"] = str
print(plain.__annotations__)
plain.__annotations__ = {"other": 1}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
try:
    plain.__annotations__ = [1]
except TypeError as e:
    print("TypeError:", e)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)

    return wrapper


@logged
def area(width: float, height: float) -> float:
    return width * height


print(area.__name__, area.__annotations__, area(2.0, 3.5))


@functools.singledispatch
def describe(value):
    return "something"


@describe.register
def _(value: int | float):
    return "a number"


@describe.register
def _(value: list, extra: int = 0):
    return "a list"


print(describe(3), describe(2.5), describe([1]), describe("text"))
for bad in ("3", "list[int]"):
    try:
        exec_target = {"3": 3, "list[int]": list[int]}[bad]

        def _(value: exec_target):
            pass

        describe.register(_)
    except TypeError as e:
        print("TypeError:", e)
try:

    @describe.register
    def _(value):
        pass

except TypeError as e:
    print("TypeError:", str(e).split(":")[0])

try:

    def broken(x: MissingType):
        pass

except NameError as e:
    print("NameError:", e)

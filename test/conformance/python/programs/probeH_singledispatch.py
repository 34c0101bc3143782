# functools.singledispatch with the classes named: register(cls), register(cls, func), unions,
# an abstract class, dispatch() along the MRO.
from functools import singledispatch
from collections.abc import Sequence, Mapping
import numbers
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@singledispatch
def to_json(obj):
    """Serialize obj."""
    raise TypeError(f"cannot serialize {type(obj).__name__}")

@to_json.register(int)
def _(obj: int) -> str:
    return str(obj)

@to_json.register(str)
def _(obj):
    return '"' + obj + '"'

@to_json.register(list | tuple)
def _(obj: list | tuple):
    return "[" + ", ".join(to_json(x) for x in obj) + "]"

@to_json.register(dict)
def _(obj):
    return "{" + ", ".join(f"{to_json(k)}: {to_json(v)}" for k, v in obj.items()) + "}"

def point_json(p):
    return to_json({"x": p.x, "y": p.y})
to_json.register(Point, point_json)

print(to_json([1, "a", (2, 3), {"k": [Point(1, 2)]}]))
print(to_json(True), to_json.__name__, to_json.__doc__)
try:
    to_json(1.5)
except TypeError as e:
    print("TypeError:", e)
print(to_json.dispatch(bool) is to_json.dispatch(int), to_json.dispatch(float) is to_json.__wrapped__)
print(sorted(c.__name__ for c in to_json.registry))

@singledispatch
def area(shape, scale=1):
    return 0

@area.register(numbers.Number)
def _(shape: numbers.Number, scale=1):
    return shape * shape * scale

print(area(3), area(2.5, scale=2), area("x"))
class Animal: pass
class Dog(Animal): pass
@singledispatch
def speak(a): return "..."
@speak.register(Animal)
def _(a: Animal): return "generic animal"
@speak.register(Dog)
def _(a: Dog): return "woof"
class Puppy(Dog): pass
print(speak(Puppy()), speak(Animal()), speak(3))
for bad in [lambda: speak.register(5, print), lambda: speak()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(speak.register(Puppy)(lambda a: 'yip')(None), speak(Puppy()))

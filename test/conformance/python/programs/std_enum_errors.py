# Enum errors as CPython reports them.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = "g"


for attempt in [lambda: Color(5), lambda: Color("x"), lambda: Color["BLACK"], lambda: Color()]:
    try:
        attempt()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, repr(e))

try:
    Color.RED.name = "x"
except AttributeError as e:
    print(e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print(e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.GREEN
except AttributeError as e:
    print(e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
try:
    Enum(1)
except TypeError as e:
    print(e)
try:

    class More(Color):
        BLUE = 3

except TypeError as e:
    print(e)
Color.RED.note = "free"  # members may carry other attributes
print(Color.RED.note)
print(Color(7))

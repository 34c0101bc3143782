# format_exception_only for a class of an imported module (named with its module), a __str__
# of its own or one that fails, an empty message, a KeyError of a tuple, None; format_exception's
# argument errors.
import traceback
import json
from helper import HelperError, Empty

for exc in (HelperError(1, 2), Empty(), KeyError(("a", 1)), ValueError("")):
    print(traceback.format_exception_only(exc))

class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")
print(traceback.format_exception_only(Unprintable()))
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
try:
    raise Empty
except Empty as e:
    print(traceback.format_exception(e)[-1])
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print("TypeError:", e)

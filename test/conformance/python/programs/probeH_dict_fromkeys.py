# fromkeys is a class method of every class deriving from dict: the result is of that class.
from collections import OrderedDict, defaultdict, Counter


class Logged(dict):
    def __setitem__(self, key, value):
        print("store", key, value)
        super().__setitem__(key, value)


class Ordered(OrderedDict):
    pass


seats = OrderedDict.fromkeys(["front", "middle", "back"], 0)
seats.move_to_end("front")
print(seats, type(seats).__name__)
print(defaultdict.fromkeys("xy", []), type(defaultdict.fromkeys("z")).__name__)
log = Logged.fromkeys(range(3), "-")
print(type(log).__name__, log)
print(Ordered.fromkeys("ba"), type(Ordered().fromkeys("q")).__name__)
print(type(Logged().fromkeys("k")).__name__, {}.fromkeys("ab", 1), dict.fromkeys(""))
print(OrderedDict().fromkeys(range(3), "v"))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Counter().fromkeys("abc", 1)
except NotImplementedError as e:
    print("NotImplementedError:", e)

from functools import cached_property

class Dataset:
    def __init__(self, xs):
        self.xs = xs

    @cached_property
    def total(self):
        "The sum, computed once."
        print("summing")
        return sum(self.xs)

d = Dataset([1, 2, 3])
print(d.total, d.total, vars(d))
del d.total
print(d.total)
d.total = 10
print(d.total, Dataset.total.attrname, Dataset.total.__doc__, Dataset.total.func.__name__)
print(type(Dataset.total).__name__, cached_property.__module__, cached_property)

class Slotted:
    __slots__ = ("a",)
    @cached_property
    def x(self):
        return 1
try:
    Slotted().x
except TypeError as e:
    print("TypeError:", e)

cp = cached_property(lambda self: 1)
class Later:
    pass
try:
    cp.__get__(Later(), Later)
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        a = cp
        b = cp
except RuntimeError as e:
    print("RuntimeError:", e, "|", type(e.__cause__).__name__, e.__cause__)

"""A class's __dict__ in CPython's order: __annotations__ right after __module__ (before the docstring) when the body annotates, and a dataclass's __dataclass_params__ before its __dataclass_fields__."""
from dataclasses import dataclass


class Documented:
    "A docstring."
    scale = 2
    size: int = 0


class Late:
    def area(self):
        return 0

    width: float


class Looped:
    for i in range(2):
        pass
    label: str


@dataclass
class Item:
    name: str = ""
    qty: int = 0

    def total(self):
        return self.qty


for cls in [Documented, Late, Looped, Item]:
    print(cls.__name__, list(cls.__dict__))
print(Late.__annotations__, Documented.__doc__)

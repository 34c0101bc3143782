"""dataclasses.Field: the class of what field() and fields() give, callable with its eight arguments as CPython's."""
import dataclasses
from dataclasses import MISSING, Field, dataclass, field, fields


@dataclass
class Item:
    name: str
    qty: int = field(default=1, metadata={"unit": "pcs"})


print(Field, Field.__name__, Field.__module__)
for f in fields(Item):
    print(f.name, isinstance(f, Field), type(f) is Field, f.default is MISSING)
print(dataclasses.Field is type(field()))
made = Field(5, MISSING, True, True, None, True, None, False)
print(made.default, made.init, made.metadata, made.kw_only)
try:
    Field()
except TypeError as e:
    print(e)
try:
    Field(1, 2, 3)
except TypeError as e:
    print(e)
both = Field(1, list, True, True, None, True, {"k": 1}, False)
print(both.default, both.default_factory, both.metadata)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)

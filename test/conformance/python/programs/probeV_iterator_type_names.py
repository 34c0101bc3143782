"""The iterator types CPython 3.11 names: str_ascii_iterator for an all-ASCII str, str_iterator otherwise, odict_iterator for an OrderedDict."""
from collections import OrderedDict

for text in ["plain", "", "café", "☃ snow", "tab\there"]:
    it = iter(text)
    print(repr(text), type(it).__name__, next(it, None), list(it))
od = OrderedDict(b=2, a=1)
it = iter(od)
print(type(it).__name__, list(it), type(iter({"k": 1})).__name__)
# An OrderedDict's views and its reversed() walk with the same iterator type; a dict's do not.
for walk in (iter(od.keys()), iter(od.items()), iter(od.values()), reversed(od)):
    print(type(walk).__name__, list(walk))
d = {"x": 1, "y": 2}
print(type(reversed(d)).__name__, type(reversed(d.items())).__name__, type(iter(d.values())).__name__)

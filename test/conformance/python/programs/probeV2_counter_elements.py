# Counter.elements() repeats each key by its count, lazily: a bool counts as 1, zero and
# negative counts give nothing, and a float count fails only when iteration reaches it.
from collections import Counter

bag = Counter(the=3, cat=1, sat=0, on=-2, mat=True)
print(list(bag.elements()), type(bag.elements()).__name__)
weights = Counter(a=2, b=1.5, c=1)
it = weights.elements()
print("made the iterator")
print(next(it), next(it))
try:
    next(it)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(Counter(x=None).elements())
except TypeError as e:
    print("TypeError:", e)
empty = Counter().elements()
print(list(empty), list(empty))
print(sorted(Counter("mississippi").elements()))
# Counter(mapping) into an empty Counter stores the counts as given (dict.update); a
# non-empty one adds `count + old`, which shows with str counts and float weights.
tags = Counter({"a": "x"})
tags.update({"a": "y"})
print(tags)
w = Counter(a=1)
w.update({"a": 0.5}, b=2)
w.update(["a", "c"])
w.subtract({"c": 0.25})
w.subtract("b")
print(w, Counter(x=None))
try:
    Counter(a=1).update({"a": None})
except TypeError as e:
    print("TypeError:", e)

# `a | b` of dicts keeps the kind of the collections class whose __or__ or __ror__ answers:
# merging default hyper-parameters (an OrderedDict or a defaultdict) with overrides.
from collections import Counter, OrderedDict, defaultdict

defaults = OrderedDict(lr=0.01, epochs=10, batch=32)
overrides = {"epochs": 3, "seed": 7}
merged = defaults | overrides
print(type(merged).__name__, merged)
print(type(overrides | defaults).__name__, overrides | defaults)

grads = defaultdict(float, w=0.5)
total = grads | {"b": 0.25}
print(type(total).__name__, total["missing"], sorted(total.items()))
left = {"x": 1.0} | grads
print(type(left).__name__, left["new"], sorted(left.items()), left.default_factory.__name__)

counts = Counter(a=2, b=1)
print(type(counts | {"c": 3}).__name__, counts | {"c": 3})
print(type({"c": 3} | counts).__name__, {"c": 3} | counts)
print(type(counts | defaults).__name__, counts | defaults)
print(type(grads | defaults).__name__, type(defaults | grads).__name__)
print(type(counts | Counter(a=5)).__name__, counts | Counter(a=5))
print(type({} | {}).__name__, defaults == merged, merged == dict(defaults, **overrides))

# An OrderedDict's keys(), values() and items() are odict_keys, odict_values and odict_items:
# printing a model's ordered layer table and its views.
from collections import OrderedDict

layers = OrderedDict()
layers["embed"] = 64
layers["hidden"] = 128
layers["out"] = 10
print(layers.keys())
print(layers.values())
print(layers.items())
print(type(layers.keys()).__name__, type(layers.values()).__name__, type(layers.items()).__name__)
print(len(layers.keys()), "hidden" in layers.keys(), ("out", 10) in layers.items(), 128 in layers.values())
print(layers.keys().__len__(), layers.items().__contains__(("embed", 64)), list(layers.values().__iter__()))
print(list(reversed(layers.keys())), list(layers.keys().__reversed__()), layers.keys() & {"out", "x"})
print(repr(layers.keys()) == str(layers.keys()), [f"{k}:{v}" for k, v in layers.items()])
print(dict(layers).keys(), {}.items(), OrderedDict().values())


class Registry(OrderedDict):
    pass


r = Registry(a=1)
print(r.keys(), r.items(), type(r.values()).__name__)

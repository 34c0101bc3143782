from collections import OrderedDict

od = OrderedDict([("one", 1), ("two", 2)], three=3)
od["zero"] = 0
print(od, len(od), list(od), od["two"])
od.move_to_end("one")
print(list(od.items()))
od.move_to_end("zero", last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1), type(od).__name__)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(b=2, a=1), dict(b=2, a=1) == y, x != y)
cache = OrderedDict()
for key in "abcadbe":
    if key in cache:
        cache.move_to_end(key)
    cache[key] = cache.get(key, 0) + 1
    if len(cache) > 3:
        print("evict", cache.popitem(last=False))
print(cache, dict(cache), sorted(cache.values()))
for bad in [lambda: od.move_to_end("missing"), lambda: OrderedDict().popitem()]:
    try:
        bad()
    except KeyError as e:
        print("KeyError", e)

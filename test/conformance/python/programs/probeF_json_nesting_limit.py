# json.dumps and json.loads count each nested array/object against the recursion limit, as
# CPython's encoder and decoder do: past it, a RecursionError naming what was being done.
import json


def nested_lists(n):
    v = []
    for i in range(n):
        v = [v]
    return v


def nested_dicts(n):
    v = {}
    for i in range(n):
        v = {"k": v}
    return v


def deepest(attempt):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            attempt(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


print(deepest(lambda n: json.dumps(nested_lists(n))))
print(deepest(lambda n: json.dumps(nested_dicts(n))))
print(deepest(lambda n: json.loads("[" * n + "]" * n)))
print(deepest(lambda n: json.loads('{"a": ' * n + "1" + "}" * n)))
for attempt in [lambda: json.dumps(nested_lists(2000)), lambda: json.dumps(nested_dicts(1500)),
                lambda: json.loads("[" * 2000), lambda: json.loads('{"x":' * 1200)]:
    try:
        attempt()
    except RecursionError as e:
        print("RecursionError:", e)
print(json.dumps(nested_lists(3)), json.loads("[[[{}]]]"))
doc = json.loads("[" * 5000 + "]" * 5000)

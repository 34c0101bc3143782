# A cache deriving from OrderedDict reaches move_to_end through super(), and its own
# __setitem__ runs for the items OrderedDict's __init__ stores; a Counter subclass reaches
# most_common, a defaultdict subclass __missing__; OrderedDict.move_to_end(od, k) unbound.
from collections import Counter, OrderedDict, defaultdict, deque


class BoundedCache(OrderedDict):
    def __init__(self, *args, limit, **kwargs):
        self.limit = limit
        super().__init__(*args, **kwargs)

    def __getitem__(self, key):
        super().move_to_end(key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        super().move_to_end(key)
        while len(self) > self.limit:
            super().__delitem__(next(iter(self)))


cache = BoundedCache([("w1", 0.1), ("w2", 0.2), ("w3", 0.3)], limit=2)
print(cache)
cache["w2"]
cache["w4"] = 0.4
print(cache, list(cache), dict(cache))


class TopTokens(Counter):
    def most_common(self, n=None):
        return [tok for tok, _ in super().most_common(n)]


print(TopTokens("the cat the hat the end".split()).most_common(2))


class LoggedDefaults(defaultdict):
    def __missing__(self, key):
        print("creating", key)
        return super().__missing__(key)


groups = LoggedDefaults(list)
groups["even"].append(2)
groups["even"].append(4)
print(groups)
od = OrderedDict(a=1, b=2, c=3)
OrderedDict.move_to_end(od, "a")
print(od, OrderedDict.popitem(od, last=False), Counter.most_common(Counter("aab"), 1))
print(defaultdict(int).__missing__("k"), deque([1]).maxlen)
try:
    defaultdict().__missing__("absent")
except KeyError as e:
    print("KeyError", e)

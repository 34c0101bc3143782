# defaultdict's default_factory: read (to copy a grouping's kind), set to None once building
# is done (so a typo'd key fails instead of growing the dict), or swapped for another factory.
from collections import defaultdict

words = "apple avocado banana blueberry cherry".split()
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups.default_factory, groups.default_factory is list)

groups.default_factory = None
try:
    groups["z"]
except KeyError as e:
    print("KeyError:", e)
print(groups.get("z"), "z" in groups, dict(groups))

groups.default_factory = lambda: ["<new>"]
print(groups["q"], len(groups))

counts = defaultdict(int, a=1)
same_kind = defaultdict(counts.default_factory)
same_kind["x"] += 2
print(same_kind, counts.copy().default_factory)
print("default_factory" in dir(counts), repr(defaultdict(None)), defaultdict().default_factory)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def to_dict(self):
        return {k: v.to_dict() for k, v in self.items()}


t = Tree()
t["a"]["b"]["c"]
t["a"]["d"]
print(t.to_dict(), t.default_factory.__name__)

broken = defaultdict(list)
broken.default_factory = 5
try:
    broken["k"]
except TypeError as e:
    print("TypeError:", e)

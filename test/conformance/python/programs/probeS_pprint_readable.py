# pprint.isreadable / isrecursive and PrettyPrinter's methods of those names, as a learner
# checks that a decision tree kept as nested dicts can be written back as a literal.
import pprint
from collections import Counter, OrderedDict


class Leaf:
    def __init__(self, label):
        self.label = label


class NamedLeaf(Leaf):
    def __repr__(self):
        return f"NamedLeaf({self.label!r})"


tree = {"petal": {"short": "setosa", "long": {"width": {"thin": "versicolor", "wide": "virginica"}}}}
loop = ["root"]
loop.append(loop)
node = {"name": "n0"}
node["parent"] = node

cases = [
    ("int", 3), ("float", 0.25), ("nan", float("nan")), ("str", "x"), ("bytes", b"ab"),
    ("None", None), ("bool", False), ("empty list", []), ("empty dict", {}),
    ("tree", tree), ("tuple of lists", ([1, 2], [3])), ("list loop", loop), ("dict loop", node),
    ("plain object", Leaf("a")), ("object with repr", NamedLeaf("b")),
    ("list with objects", [NamedLeaf("c"), Leaf("d")]), ("Counter", Counter("abca")),
    ("OrderedDict", OrderedDict(a=1)), ("set", {3}), ("range", range(2)), ("class", Leaf),
    ("builtin", len),
]
for name, value in cases:
    print(f"{name:18} readable={pprint.isreadable(value)!s:5} recursive={pprint.isrecursive(value)}")

printer = pprint.PrettyPrinter(depth=1)
print(printer.isreadable([[1, [2]]]), printer.isrecursive(loop), printer.isreadable(tree))
print(pprint.saferepr(loop) == pprint.saferepr(loop), pprint.saferepr(tree))

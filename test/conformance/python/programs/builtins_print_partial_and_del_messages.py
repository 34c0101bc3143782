# print() writes argument by argument, so when a value's __str__ fails, what came before it
# (and the separator) is already out; and `del x[k]` on something without item deletion says
# "doesn't" for a sequence type with an int key, "does not" otherwise (CPython 3.11).
class Node:
    def __init__(self, data):
        self.data = data

    def __str__(self):
        if self.data is None:
            raise ValueError("node has no data")
        return f"Node({self.data})"


class Params:
    def __getitem__(self, i):
        return i * 0.5


try:
    print("graph:", Node(1.5), Node(None), Node(2.0), sep=" | ")
except ValueError as e:
    print()
    print("ValueError:", e)

for target, key in [(5, 0), (1.5, "w"), (None, 0), ((1, 2), 0), ((1, 2), "k"), ("abc", 1),
                    (frozenset({1}), 0), (range(3), 0), ({"a": 1}.keys(), 0), (Params(), 0),
                    (Params(), "w"), (b"xy", 0), (iter([1]), 0)]:
    try:
        del target[key]
    except TypeError as e:
        print(f"{type(target).__name__:>12} {key!r:>4}: {e}")

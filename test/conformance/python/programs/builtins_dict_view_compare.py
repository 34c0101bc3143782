# d.keys() and d.items() compare as sets (with sets, frozensets and each other); d.values()
# compares by identity; a keys view is never equal to a list.
d = {1: "a", 2: "b"}
e = {2: "b", 1: "a"}
print(d.keys() == {1, 2}, {1, 2} == d.keys(), d.keys() == frozenset([1, 2]), d.keys() == e.keys())
print(d.keys() != {1}, d.keys() == [1, 2], d.items() == {(1, "a"), (2, "b")}, d.items() == e.items())
print(d.values() == d.values(), d.values() == e.values())
print(d.keys() < {1, 2, 3}, d.keys() <= {1, 2}, d.keys() > {1}, d.keys() >= {1, 2}, d.keys() < {1, 2})
print(d.items() <= {(1, "a"), (2, "b"), (3, "c")}, {1} < d.keys())
print(d.keys() - {2}, d.keys() & {2, 5}, d.keys() | {3}, d.keys() ^ {1, 4})

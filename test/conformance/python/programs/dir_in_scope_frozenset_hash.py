for s in [set(), {1, 2, 3}, {-1, 2.5, (1, 2)}, {True, 0.5}, set(range(100))]:
    print(hash(frozenset(s)))
d = {frozenset({1, 2}): "a"}
print(d[frozenset({2, 1})], hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
def f():
    z = 1
    return dir()
print(f(), [n for n in dir() if not n.startswith("_")])

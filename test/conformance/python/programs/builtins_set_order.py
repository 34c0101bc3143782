# Sets of ints, floats and tuples print and iterate in CPython's table order, the same on
# every run: displays of constants (which CPython folds into a frozenset), set(), set
# comprehensions, add() and pop().
print({3, 1, 2}, {5, 13, 21}, {100, 8, 1000, 16, 24}, {-5, 5, -3, 3})
print(set([33, 2, 100, 8, 10, -1]), {x * 7 % 30 for x in range(15)})
print(set(range(20, 0, -3)), set([1000, 8, 16, 24, 1]), {2**40, 7, 2**61 + 3})
s = set()
for x in [64, 0, 32, 96, 1, 128]:
    s.add(x)
print(s, list(s), [x for x in s], sorted(s) == list(s))
print({(1, 2), (0, 5), (3, 3)}, set([(i, i * i) for i in range(12)]))
print({0.5, 1.5, 2.25, -0.25}, set([x / 4 for x in range(-6, 9, 3)]))
a = {9, 1, 17, 25}
print(a.pop(), a, a.pop(), a)
b = {5, 13, 21}
b.discard(13)
b.add(29)
print(b)
work = set(range(10, 60, 7))
order = []
while work:
    order.append(work.pop())
print(order)
print(hash(-1), hash(2**61), hash(2**64 + 5), hash(0.1), hash(-2.25), hash(float("inf")))
print(hash((1, 2)), hash((1, (2, 3.5))), hash(()), hash((True, -1)))
print(" ".join(str(x) for x in {40, 8, 16, 32, 24}), max({7, 15, 23}), min({7, 15, 23}))

# Sets built from whole sets keep CPython's table order: a copy takes the other set's table,
# an update sizes the table for both first, `a | a` is a copy, an intersection walks the
# smaller set, a difference copies and discards or adds what is left.
import random

rng = random.Random(21)


def grown(n, top):
    s = set()
    for _ in range(n):
        s.add(rng.randrange(top))
    return s


a = set()
for v in [35, 3, 67, 19, 100]:
    a.add(v)
print(a, set(a), a.copy(), frozenset(a))
b = set(a)
b.discard(3)
print(b, b.pop(), b)
print(a | a, a & a, a - a, a ^ a)

for size, top in [(5, 100), (12, 1000), (30, 200), (60, 10000)]:
    x = grown(size, top)
    y = grown(size, top)
    print(x | y)
    print(x & y, y & x)
    print(x - y, x ^ y)
    print(x.union(list(y)), x.difference(y, [1, 2]), x.intersection(y))
    z = set(x)
    z |= y
    print(z)
    z = set(x)
    z.update(y, {7: 0, 8: 0})
    print(z)
    z = set(x)
    z -= y
    z.add(top + 1)
    print(z)
    z = set(x)
    z &= y
    print(z)
    z = set(x)
    z ^= y
    print(z)
    z = x.copy()
    print(z.pop(), z.pop(), z)

print(set({9: 0, 1: 0, 33: 0, 17: 0, 65: 0}), set({9: 0, 1: 0, 33: 0}.keys()))
cells = {(r, c) for r in range(6) for c in range(6) if (r * 5 + c * 3) % 4 == 0}
grown_cells = set(cells)
grown_cells |= {(r + 1, c) for r, c in cells}
print(grown_cells - cells)
print(cells & {(0, 0), (4, 4), (2, 2)}, {(1, 1), (0, 0)} ^ cells)

# A set emptied by discards keeps its dummies: a merge into it adds member by member.
b = set(range(2, 4))
x = set(b)
x ^= b
x |= b
print(x)
# ...unless the merge's one resize drops them first: then the other's table is copied.
a = set([291839, 626474, 903550, 655679, 643087, 663655, 660761, 518494, 812990, 913604])
x = a.symmetric_difference(list(a))
x |= a
print(x, a)
# A cleared display, or one that took an empty intersection, starts a fresh table.
x = {1, 9, 17, 25}
x.clear()
x.add(25), x.add(17), x.add(33)
y = {1, 9, 17, 25}
y &= {100}
y.add(25), y.add(17), y.add(33)
print(x, y)
# pop() goes on from where the last one left off, across a merge.
z = set(range(0, 40, 3))
print(z.pop(), z.pop())
z |= set(range(1, 60, 7))
print(z.pop(), z.pop(), z)
d = dict.fromkeys([40, 8, 72, 3])
z = set(range(0, 10))
z.symmetric_difference_update(d)
print(z, set(range(5)) ^ set(d), set(d) - {3})

# A merge takes the hashes the other set holds: no __hash__ runs again.
calls = 0


class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        global calls
        calls += 1
        return self.x

    def __eq__(self, o):
        return self.x == o.x

    def __repr__(self):
        return f"P{self.x}"


a = {P(i) for i in (5, 13, 21, 3)}
b = {P(i) for i in (13, 8, 40)}
calls = 0
print(a | b, a & b, a - b, a ^ b, set(a), a.copy(), frozenset(a))
c = set(a)
c |= b
c &= b
c ^= a
c.update(b)
c.symmetric_difference_update(a)
c.difference_update(b)
print(calls, c)

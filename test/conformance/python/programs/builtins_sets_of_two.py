# Sets of at most two members that are their own keys (instances hashed by identity, strs,
# floats, None) are held without an array: what they hold, and how they change shape when a
# member that is not its own key (an int, a bool, a tuple, an instance with __hash__) or a
# third member arrives.
class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


class Key:
    """Equal when the numbers are equal, hashed like them."""

    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return f"Key({self.n})"


a, b, c = Node("a"), Node("b"), Node("c")
s = set((a, b))
s.add(1)
print(len(s), a in s, b in s, 1 in s, 1.0 in s, True in s, c in s)
s.add(True)
s.add(1.0)
print(len(s), sorted(str(x) for x in s))
t = set((a,))
t.add(Key(3))
t.add(Key(3))
print(len(t), Key(3) in t, Key(4) in t, a in t)
k = set((Key(1), Key(1)))
print(len(k), Key(1) in k, [x for x in k])
f = set((1.5, 2.5))
print(len(f), 1.5 in f, 2.5 in f, 3.5 in f, sorted(f))
f.add(2)
print(len(f), 2 in f, 2.0 in f, sorted(f))
w = set((1.0, True))
print(len(w), 1 in w, list(w))
z = set((0.0, -0.0))
print(len(z), 0 in z, False in z, list(z))
n = set((None, "x"))
print(len(n), None in n, "x" in n, "y" in n, sorted(n, key=str))
n.add(("x",))
print(len(n), ("x",) in n, "x" in n)
g = set()
for x in (a, b, c, a, b, c):
    g.add(x)
print(len(g), sorted(x.name for x in g))
h = set((a, b))
h.discard(a)
h.add(c)
print(len(h), a in h, sorted(x.name for x in h))
e = set((a, b))
e.remove(b)
e.remove(a)
print(len(e), e == set(), bool(e))
try:
    e.remove(a)
except KeyError as err:
    print("KeyError", err)
p = set((a, b))
try:
    for x in p:
        p.add(c)
except RuntimeError as err:
    print("RuntimeError:", err)
q = set((a, b))
try:
    for x in q:
        q.discard(a)
        q.discard(b)
except RuntimeError as err:
    print("RuntimeError:", err)
print(len(q))
print(set((a, b)) == {b, a}, set((a,)) < {a, b}, set((a, b)) | {c} == {a, b, c})
print(sorted(x.name for x in set((a, b)) ^ {b, c}), len(set((a, b)).copy()))
mixed = set((a, 2))
print(len(mixed), a in mixed, 2 in mixed, 2.0 in mixed)
total = 0
for x in set((1.25, 2.5)):
    total += x
print(total)
try:
    set((a, [1]))
except TypeError as err:
    print("TypeError:", err)
print(len({a, a}), len(set([a, a])), set((a, b)) == set((b, a)))

# Sets built from a few items (a graph node's set(_children)) and grown past a few members:
# membership, duplicates, len, iteration order, NaN, equal numbers, the size check in a loop.
class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


a, b, c = Node("a"), Node("b"), Node("c")
s = set((a, b))
print(len(s), a in s, c in s, sorted(x.name for x in s))
t = set((a, a))
print(len(t), [x.name for x in t])
print(len(set(())), bool(set(())), set(()) == set())
u = set((1, 1.0, True, 2))
print(len(u), 1 in u, 2.0 in u, 3 in u)
nan = float("nan")
v = set((nan, nan, 0.0, -0.0))
print(len(v), nan in v, 0 in v)
w = set((a, b))
for i in range(12):
    w.add(Node(str(i)))
w.add(a)
print(len(w), a in w, b in w)
for x in set((a,)):
    print("one", x)
g = set((a, b))
try:
    for x in g:
        g.add(c)
except RuntimeError as e:
    print("RuntimeError:", e)
h = set((a, b))
h.discard(a)
print(len(h), a in h, b in h, list(h))
k = set((c,))
k.add(a)
k.remove(c)
print(list(k), k | set((b,)) == {a, b}, set((a, b)) - {b} == {a})
m = {a}
m.add(b)
print(len(m), b in m, sorted(x.name for x in m))
print(sorted(set([3, 1, 3, 2])), sorted(set("hello")))

# A RecursionError raised while comparing says "in comparison" when a comparison's own level
# trips (CPython counts each rich comparison of containers and instances as a level).
import sys


def nested(n, make):
    x = make(())
    for _ in range(n):
        x = make((x,))
    return x


def attempt(label, thunk):
    try:
        print(label, thunk())
    except RecursionError as e:
        print(label, "RecursionError:", e)


a = nested(3000, list)
b = nested(3000, list)
attempt("list ==", lambda: a == b)
attempt("list <", lambda: a < b)
attempt("list !=", lambda: a != b)
attempt("in", lambda: a in [b])
attempt("count", lambda: [b].count(a))
attempt("index", lambda: [b].index(a))
attempt("max", lambda: max([a, b]) is a)
attempt("sorted", lambda: len(sorted([a, b])))
t1 = nested(3000, tuple)
t2 = nested(3000, tuple)
attempt("tuple ==", lambda: t1 == t2)
attempt("same list", lambda: a == a)

d1 = {}
d2 = {}
d1["k"] = d1
d2["k"] = d2
attempt("dict ==", lambda: d1 == d2)
r1 = []
r2 = []
r1.append(r1)
r2.append(r2)
attempt("self-referencing lists", lambda: r1 == r2)
r3 = []
r3.append(r3)
attempt("one self-referencing list", lambda: r3 == r3)

sys.setrecursionlimit(200)


class A:
    def __eq__(self, other):
        return self == other


class B:
    def __lt__(self, other):
        return self < other


class C:
    def __init__(self):
        self.x = [self]

    def __eq__(self, other):
        return self.x == other.x


attempt("recursive __eq__", lambda: A() == A())
attempt("recursive __lt__", lambda: B() < B())
attempt("__eq__ over a list", lambda: C() == C())


def h(t):
    if t == (1, 2):
        return "found"
    return h(t)


def f(n):
    if n == -1:
        return "found"
    return f(n + 1)


attempt("tuple compare at the limit", lambda: h((0, 0)))
attempt("int compare at the limit", lambda: f(0))
sys.setrecursionlimit(1000)
print("done")

# A compute graph printed as nested text by a recursive __repr__/__str__: CPython 3.11 holds a
# recursion level in PyObject_Repr/PyObject_Str (and in repr() and object.__format__ calls)
# while the method runs, so such a printer fails at a third or half of the usual depth.
class Node:
    def __init__(self, op, kids=()):
        self.op = op
        self.kids = list(kids)

    def __repr__(self):
        if not self.kids:
            return self.op
        return "(" + self.op + " " + " ".join(repr(k) for k in self.kids) + ")"


class FNode(Node):
    def __repr__(self):
        return f"{self.op}[{self.kids[0]!r}]" if self.kids else self.op

    def __str__(self):
        return f"<{self.kids[0]}>" if self.kids else "."


class SNode(Node):
    def __str__(self):
        return "s" + str(self.kids[0]) if self.kids else "."


class LNode(Node):
    def __repr__(self):
        return f"L{self.kids}"


def chain(cls, n):
    v = cls("x")
    for i in range(n):
        v = cls("+", [v])
    return v


def deepest(show, cls):
    lo, hi = 10, 1200
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            show(chain(cls, mid))
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


print(repr(chain(Node, 3)), repr(chain(FNode, 2)), str(chain(FNode, 2)), chain(SNode, 3), chain(LNode, 2))
print("repr(child) in __repr__:", deepest(repr, Node))
print("f'{child!r}' in __repr__:", deepest(repr, FNode))
print("f'{child}' in __str__:", deepest(lambda v: str(v), FNode))
print("str(child) in __str__:", deepest(lambda v: str(v), SNode))
print("a list of children:", deepest(repr, LNode))
print("f-string:", deepest(lambda v: f"{v}", FNode), deepest(lambda v: f"{v!r}", Node))
try:
    repr(chain(Node, 400))
except RecursionError as e:
    print("RecursionError:", e)
# A 300-node chain prints in CPython only up to 199 deep this way: the run ends here.
total = chain(Node, 300)
print(len(repr(total)))

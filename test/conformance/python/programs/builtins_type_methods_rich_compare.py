class Sym:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return Sym("")

    def __lt__(self, other):
        return Sym(f"{self.n}<{other}")

    def __eq__(self, other):
        return "eq"

    def __bool__(self):
        return bool(self.n)

    def __repr__(self):
        return f"Sym({self.n!r})"


a = Sym("a")
print(a < 1, a == 2, a != 2, a < 2 < 5, a < 0 < 3, 5 < 3 < a)
print(str.upper("x"), list(map(str.strip, [" a ", "b "])), str.lower is str.lower)
print(dict.fromkeys([3, 1, 3]), list.append, sorted(["b", "A"], key=str.lower))
try:
    str.upper(3)
except TypeError as e:
    print(e)
print(sorted(["bb", "a", "ccc"], key=len), tuple.count((1, 1, 2), 1), set.union({1}, {2}))

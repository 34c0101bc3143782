# Classes deriving from str, int, float, tuple, set and frozenset: the value is set by
# __new__ (through super().__new__), and the instance acts as its value.


class Token(str):
    def __new__(cls, text, kind):
        obj = super().__new__(cls, text)
        obj.kind = kind
        return obj

    def describe(self):
        return f"{self.kind}:{self}"


tok = Token("hello", "word")
print(tok, repr(tok), tok.kind, tok.describe(), tok.upper(), tok + "!", len(tok), tok[1:3])
print(tok == "hello", {tok: 1}, {"hello": 2}[tok], f"[{tok:>8}]", "%s!" % tok, "-".join([tok, tok]))
print(isinstance(tok, str), type(tok).__name__, tok.split("l"), "ell" in tok, sorted([Token("b", 1), "a"]))


class Shout(str):
    def __str__(self):
        return self.upper() + "!"


sh = Shout("hey")
print(sh, str(sh), repr(sh), f"{sh}", "%s" % sh, sh + "?", [sh])


class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"


c = Count(3)
print(c, repr(c), str(c), c + 1, 1 + c, c * 2, c > 2, [10, 20, 30, 40][c], hash(c) == hash(3))
print(f"{c:03d}", -c, abs(Count(-2)), c / 2, divmod(c, 2), type(c + 1).__name__, Count("12"), Count())
print(list(range(Count(2))), isinstance(c, int), sorted([Count(2), 1, Count(0)]))


class Price(float):
    def __str__(self):
        return f"${self:.2f}"


p = Price(2.5)
print(p, repr(p), p * 2, round(p), float(p), int(p), f"{p:.1f}", p == 2.5)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


pr = Pair(1, 2)
a, b = pr
print(pr, pr.swap(), a, b, len(pr), pr == (1, 2), {pr: "x"}, pr + (3,), type(pr + (3,)).__name__)


class Tags(set):
    pass


tg = Tags(["a"])
tg.add("b")
tg |= {"c"}
print(sorted(tg), len(tg), "b" in tg, Tags(), type(tg).__name__, repr(Tags([1])))


class Frozen(frozenset):
    pass


print(repr(Frozen([1])), Frozen([1]) == frozenset([1]), len({Frozen([1]): 1, frozenset([1]): 2}))


sep = Token(" ", "space")
print("a b".split(sep), "a b".replace(sep, "_"), "xay".find(Token("a", 1)), Token("a", 1) in "cat")
print("a b".partition(sep), "ab".startswith(Token("a", 1)), "ab".endswith((Token("b", 1), "x")))

# None passed where a builtin has a default is a value, not a missing argument; and
# CPython reads some arguments before others, which decides the error a bad call gets.
def attempt(what, fn):
    try:
        print(what, "->", repr(fn()))
    except (TypeError, ValueError) as e:
        print(what, "->", type(e).__name__ + ":", e)


scores = [70, 85, 90]
attempt("sum start None", lambda: sum(scores, None))
attempt("sum start 0.5", lambda: sum(scores, 0.5))
attempt("sum start list", lambda: sum([[1], [2]], []))

# int(x, base): the base is read, and checked, before x
attempt("int base None", lambda: int("12", None))
attempt("int non-str with str base", lambda: int(10, "12"))
attempt("int non-str with float base", lambda: int(2.5, 2.5))
attempt("int non-str bad base", lambda: int(5, 1))
attempt("int non-str", lambda: int(5, 10))


class Text(str):
    pass


attempt("int str subclass base 8", lambda: int(Text("17"), 8))
attempt("int base 0", lambda: int("0x1f", 0))

# enumerate reads its start before it iterates
attempt("enumerate bad start", lambda: enumerate(None, "ab"))
attempt("enumerate None start", lambda: enumerate("ab", None))
attempt("enumerate not iterable", lambda: enumerate(5, 1))
attempt("enumerate ok", lambda: list(enumerate("ab", 10)))

# round finds the number's __round__ before reading ndigits
attempt("round None", lambda: round(None, 1.5))
attempt("round str", lambda: round("2.5", 1))
attempt("round float ndigits", lambda: round(2.5, 1.5))
attempt("round ndigits None", lambda: round(2.5, None))
attempt("round int ndigits None", lambda: round(25, None))

# list.index and tuple.index take no None bounds (str.index does)
attempt("list index None", lambda: scores.index(85, None))
attempt("list index stop None", lambda: scores.index(85, 0, None))
attempt("tuple index None", lambda: (1, 2, 1).index(1, None))
attempt("str index None", lambda: "banana".index("a", None))
attempt("list index bounds", lambda: scores.index(90, -1))

attempt("vars two", lambda: vars(None, None))

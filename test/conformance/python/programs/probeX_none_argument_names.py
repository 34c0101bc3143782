# CPython's argument checks name None itself ("must be str, not None"), while the
# checks written by hand name its type ("must be str, not NoneType").
class Label(str):
    pass


def attempt(what, fn):
    try:
        print(what, "->", fn())
    except TypeError as e:
        print(what, "-> TypeError:", e)


attempt("replace", lambda: "cost".replace(None, "x"))
attempt("replace 2", lambda: "cost".replace("c", None))
attempt("removeprefix", lambda: "cost".removeprefix(None))
attempt("removesuffix", lambda: "cost".removesuffix(None))
attempt("encode", lambda: "cost".encode(None))
attempt("encode errors", lambda: "cost".encode("utf-8", errors=None))
attempt("decode", lambda: b"cost".decode(None))
attempt("fromhex", lambda: bytes.fromhex(None))
attempt("to_bytes", lambda: (5).to_bytes(2, None))
attempt("str()", lambda: str(b"cost", None))
attempt("type()", lambda: type(None, (), {}))
attempt("find", lambda: "cost".find(None))
attempt("count", lambda: "cost".count(None))

# format(x, None) is no empty spec
attempt("format", lambda: format(12, None))
attempt("format float", lambda: format(1.5, None))
attempt("format default", lambda: format(12))
attempt("int.__format__", lambda: (12).__format__(None))
attempt("str.__format__", lambda: "ab".__format__(None))
attempt("object.__format__", lambda: object().__format__(None))
attempt("format Label", lambda: format(7, Label("03")))
attempt("__format__ Label", lambda: (7.25).__format__(Label(".1f")))

# the fill character of center/ljust/rjust
attempt("center None", lambda: "ab".center(6, None))
attempt("ljust int", lambda: "ab".ljust(6, 0))
attempt("rjust two", lambda: "ab".rjust(6, "xy"))
attempt("center Label", lambda: "ab".center(6, Label("*")))

# maketrans checks its second and third arguments before the first
attempt("maketrans first", lambda: str.maketrans(None, "a"))
attempt("maketrans second", lambda: str.maketrans(None, None))
attempt("maketrans third", lambda: str.maketrans("a", "b", 3))
attempt("maketrans ok", lambda: str.maketrans("ab", "cd", "e"))

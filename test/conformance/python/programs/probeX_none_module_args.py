# None given to a standard function's defaulted argument is a value: reduce starts from
# it; itertools' counts refuse it (permutations alone reads None as "all").
import functools
import itertools


def attempt(what, fn):
    try:
        print(what, "->", fn())
    except (TypeError, ValueError) as e:
        print(what, "->", type(e).__name__ + ":", e)


def add(a, b):
    return a + b


attempt("reduce empty None", lambda: functools.reduce(add, [], None))
attempt("reduce [1] None", lambda: functools.reduce(add, [1], None))
attempt("reduce no initial", lambda: functools.reduce(add, []))
attempt("reduce start 10", lambda: functools.reduce(add, [1, 2], 10))
attempt("combinations r None", lambda: list(itertools.combinations("ab", None)))
attempt("cwr r None", lambda: list(itertools.combinations_with_replacement("ab", None)))
attempt("permutations r None", lambda: list(itertools.permutations("ab", None)))
attempt("product repeat None", lambda: list(itertools.product("ab", repeat=None)))
attempt("count None", lambda: itertools.count(None))
attempt("count step None", lambda: itertools.count(1, None))
attempt("count 2.5", lambda: next(itertools.count(2.5)))
attempt("issubclass None", lambda: issubclass(int, None))
attempt("isinstance None", lambda: isinstance(1, None))
attempt("from_bytes None", lambda: int.from_bytes(b"\x01\x02", None))
attempt("to_bytes None", lambda: (258).to_bytes(2, None))
attempt("from_bytes little", lambda: int.from_bytes(b"\x01\x02", "little"))

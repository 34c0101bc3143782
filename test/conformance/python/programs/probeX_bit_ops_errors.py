# Bit operators on floats are TypeErrors naming the operands' own types (bool stays
# bool), found without converting a big int to float; shifts by huge counts; and
# math.comb/perm read both arguments before checking either.
import math


def attempt(what, fn):
    try:
        print(what, "->", fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(what, "->", type(e).__name__ + ":", e)


big = 2**1100
attempt("False & 7.0", lambda: False & 7.0)
attempt("3.5 | True", lambda: 3.5 | True)
attempt("True ^ 0.5", lambda: True ^ 0.5)
attempt("big | 0.5", lambda: big | 0.5)
attempt("0.0 ^ big", lambda: 0.0 ^ big)
attempt("inf >> big", lambda: float("inf") >> big)
attempt("False << 1e308", lambda: False << 1e308)
attempt("True & True", lambda: True & True)
attempt("True | 2", lambda: True | 2)
attempt("big + 0.5", lambda: big + 0.5)

# shifts
attempt("0 << 2**100", lambda: 0 << 2**100)
attempt("5 >> 2**100", lambda: 5 >> 2**100)
attempt("-5 >> 2**100", lambda: -5 >> 2**100)
attempt("7 << big", lambda: 7 << big)
attempt("1 << 100", lambda: 1 << 100)
attempt("-1 << -1", lambda: -1 << -1)
flags = 0b1011
flags >>= 10**12
print("flags", flags)

# comb and perm
attempt("comb(-1, 1.5)", lambda: math.comb(-1, 1.5))
attempt("comb(-1, -1)", lambda: math.comb(-1, -1))
attempt("comb(1, -1)", lambda: math.comb(1, -1))
attempt("comb(5, 2)", lambda: math.comb(5, 2))
attempt("perm(-1, 2.5)", lambda: math.perm(-1, 2.5))
attempt("perm(-3)", lambda: math.perm(-3))
attempt("perm(2, -1)", lambda: math.perm(2, -1))
attempt("perm(5, 2)", lambda: math.perm(5, 2))
attempt("perm(4)", lambda: math.perm(4))

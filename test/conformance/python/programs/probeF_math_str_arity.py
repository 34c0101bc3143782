# Call errors of math's one-argument functions (named math.f), math.isclose's keyword-only
# tolerances, math.perm(n) as factorial, str.startswith/endswith over a tuple holding a
# non-str, and string.capwords on what is not a str.
import math
import string


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for name in ["sqrt", "exp", "floor", "ceil", "trunc", "fabs", "factorial", "isqrt", "fsum",
             "degrees", "radians", "isfinite", "isnan", "isinf", "gamma", "lgamma", "erf",
             "sin", "cos", "tan", "log2", "log10", "log1p", "expm1", "asin", "atanh"]:
    fn = getattr(math, name)
    show(name + "()", lambda: fn())
    show(name + "(1, 2)", lambda: fn(1, 2))
    show(name + "(x=1)", lambda: fn(x=1))
show("isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3))
show("isclose(1)", lambda: math.isclose(1))
show("isclose(1, 2, tol=1)", lambda: math.isclose(1, 2, tol=1))
show("isclose(1, 1.05, rel_tol=0.1)", lambda: math.isclose(1, 1.05, rel_tol=0.1))
show("isclose(a=1, b=1)", lambda: math.isclose(a=1, b=1))
show("perm(-1)", lambda: math.perm(-1))
show("perm(-1, 1)", lambda: math.perm(-1, 1))
show("perm(3, -1)", lambda: math.perm(3, -1))
show("perm(4)", lambda: math.perm(4))
show("perm(5, 2)", lambda: math.perm(5, 2))
for prefixes in [("a", 1), ("z", 1), ("a", "b", []), (), ("bc", None)]:
    show("startswith" + repr(prefixes), lambda: "abc".startswith(prefixes))
    show("endswith" + repr(prefixes), lambda: "abc".endswith(prefixes))
show("startswith(1)", lambda: "abc".startswith(1))
show("capwords", lambda: string.capwords("hello   wide world"))
show("capwords sep", lambda: string.capwords("a-b-c", "-"))
show("capwords empty sep", lambda: string.capwords("a b", ""))
show("capwords int", lambda: string.capwords(5))
root = math.sqrt(16, 2)

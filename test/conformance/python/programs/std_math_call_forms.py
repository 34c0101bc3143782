# math functions called with the wrong number of arguments, keywords, wrong types, out of
# their domain, and through __float__: the one-argument direct entries (Builtin.one) must say
# what the full call says.
import math
for f, args, kw in [(math.sqrt, (), {}), (math.sqrt, (1, 2), {}), (math.sqrt, (), {"x": 1}), (math.sqrt, ("a",), {}), (math.sqrt, (-1,), {}),
                    (math.log, (), {}), (math.log, (0,), {}), (math.log, ("a",), {}), (math.log, (8, 2), {}), (math.log, (10**400,), {}),
                    (math.exp, (1000,), {}), (math.exp, (None,), {}), (math.tanh, (1, 2), {}), (math.log1p, (-2,), {}), (math.log2, (0,), {}),
                    (math.log10, (1000,), {}), (math.fabs, (-3,), {}), (math.sin, (float('inf'),), {})]:
    try:
        print(f.__name__, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(math.sqrt(True), math.log(True + 1), math.exp(False))
class F:
    def __float__(self): return 4.0
print(math.sqrt(F()), math.log(F()))
try:
    math.sqrt([])
except TypeError as e:
    print(e)

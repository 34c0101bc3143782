# Where a scalar engine meets the edges of floats: overflow (exp, expm1, pow, fsum's running
# sum), domain errors, infinities and nans, subnormals; each result or error printed.
import math
tests = [
    lambda: 0.0 ** -1, lambda: 0 ** -1, lambda: 2.0 ** 10000, lambda: 10 ** 400 * 1.0, lambda: math.exp(1000), lambda: math.exp(-1000),
    lambda: math.log(0), lambda: math.log(-1), lambda: math.sqrt(-1), lambda: 1 / 0.0,
    lambda: 1 // 0.0, lambda: 1 % 0.0, lambda: float(10 ** 400), lambda: int(float("inf")), lambda: int(float("nan")), lambda: math.tanh(1000),
    lambda: 1 / (1 + math.exp(-(-1000))), lambda: math.pow(0, -1), lambda: math.pow(-2, 0.5), lambda: math.log1p(-1), lambda: math.expm1(1000),
    lambda: math.atanh(1), lambda: math.acos(2), lambda: math.factorial(-1), lambda: round(float("inf")), lambda: round(float("nan")),
    lambda: divmod(1.0, 0), lambda: math.fmod(1, 0), lambda: math.inf - math.inf, lambda: math.inf * 0, lambda: float("nan") == float("nan"),
    lambda: math.isnan(math.inf - math.inf), lambda: max(float("nan"), 1.0), lambda: max(1.0, float("nan")), lambda: sorted([3.0, float("nan"), 1.0]),
    lambda: (1e308 * 10) / (1e308 * 10), lambda: -0.0 == 0.0, lambda: math.copysign(1, -0.0), lambda: 1e-320 / 1e10, lambda: 2 ** -1074, lambda: 2.0 ** -1075,
    lambda: 10 ** -400, lambda: 7 ** 0.5, lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: math.ldexp(1, 1024), lambda: math.frexp(0.0),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
for name, f in [("cosh", lambda: math.cosh(1000)), ("sinh", lambda: math.sinh(-1000)), ("pow", lambda: math.pow(10, 400)), ("exp2", lambda: 2.0 ** 1024),
                ("ldexp", lambda: math.ldexp(1.0, 5000)), ("gamma", lambda: math.gamma(200)), ("lgamma", lambda: math.lgamma(1e308)), ("fsum", lambda: math.fsum([1e308, 1e308])),
                ("exp", lambda: math.exp(710)), ("dist", lambda: math.dist([1e308], [-1e308])), ("hypot", lambda: math.hypot(1e308, 1e308)), ("prod", lambda: math.prod([1e308, 10.0])),
                ("tanh", lambda: math.tanh(1e308)), ("sqrt", lambda: math.sqrt(1e308 * 10)), ("atan", lambda: math.atan(1e308)), ("erf", lambda: math.erfc(-1e308)),
                ("fmul", lambda: 1e308 * 10), ("fadd", lambda: 1e308 + 1e308), ("intpow", lambda: 10.0 ** 309), ("trunc", lambda: math.trunc(1e308)), ("floor", lambda: math.floor(float('inf')))]:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

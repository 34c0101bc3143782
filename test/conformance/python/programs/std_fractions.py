# fractions.Fraction: construction from ints, strings, floats and Fractions; exact arithmetic with
# ints and Fractions, float results with floats; comparisons, hashes and dict keys shared with
# equal ints and floats; rounding, limit_denominator, and CPython's error messages.
from fractions import Fraction as F
import math, numbers
a = F(3, 4); b = F('1.5'); c = F(' -2 '); d = F(0.1); e = F(F(1, 7), F(2, 3))
print(a, b, c, d, e, repr(a), repr(c))
print(F(), F(5), F(10, -8), F('-35/4'), F('3.1415'), F('-47e-2'), F(2.25), F(True), F('1_0/3_0'), F('.5'), F('1.'))
print(a.numerator, a.denominator, a.as_integer_ratio(), F.from_float(0.3), F.from_float(2))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, F(-2, 3) ** -3)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, 3 / a, a / 3, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 / a, a ** 0.5, 2 ** a, 2 ** F(3), 2.0 ** F(-1), 4 ** F(1, 2), F(4) ** F(1,2))
print(a < b, a <= b, a > 0.5, 0.5 < a, a == 0.75, 0.75 == a, F(2) == 2, 2 == F(2), a != b, a < 1, 1 > a)
print(F(1, 2) < float('inf'), F(1,2) > float('nan'), F(1,2) == float('nan'), F(1,3) == 1/3)
print(hash(F(1, 2)) == hash(0.5), hash(F(1, 2)), hash(0.5), hash(F(3)), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 11)))
print({0.5: 'half'}[F(1, 2)], {F(1, 2): 'x'}[0.5], {2: 'two'}[F(4, 2)], len({F(1, 2), 0.5, F(2, 4)}), len({1, F(1), 1.0}))
print(float(a), int(F(-7, 2)), int(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 1000), 2), round(F(1234567, 1), -3))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), abs(F(-3, 4)), -a, +a, bool(F(0)), bool(a))
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(4321, 8765).limit_denominator(10000), F(math.pi).limit_denominator())
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Number), isinstance(a, numbers.Integral), type(a), type(F))
print(sum([F(1, n) for n in range(1, 11)]), max(F(1, 3), F(1, 2), 0.4), sorted([F(1, 2), 0.3, 1, F(-1, 5)]))
print(f"{a}", str(F(6, 3)), "%s" % a, repr([a, b]))
for bad in [lambda: F(1, 0), lambda: a / 0, lambda: F(0) ** -1, lambda: a // 0, lambda: a % 0, lambda: divmod(a, 0),
            lambda: F('abc'), lambda: F('1/0'), lambda: F(1, 2.0), lambda: F([1]), lambda: F.from_float('x'),
            lambda: F(float('nan')), lambda: F(float('inf')), lambda: a + 'x', lambda: 'x' + a, lambda: a < 'x',
            lambda: F(3).limit_denominator(0), lambda: a / 0.0, lambda: divmod(a, 0.0), lambda: F('1.dd'), lambda: F(1, 2, 3),
            lambda: F(x=1)]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    a.numerator = 3
except AttributeError as ex:
    print(ex)
try:
    a.foo = 3
except AttributeError as ex:
    print(ex)
print(F(1,3) ** 2 == F(1,9), pow(F(2,3), 2), F(2, 3).__floor__(), a._numerator)
import copy
print(copy.copy(a) is a, copy.deepcopy([a])[0] is a)

# An exact harmonic sum, a continued fraction and a mean, as programs use Fraction.
h = F(0)
for k in range(1, 21):
    h += F(1, k)
print(h, float(h), round(h, 3), h.limit_denominator(1000))
cf = F(1)
for _ in range(10):
    cf = 1 + 1 / cf
print(cf, float(cf), cf * cf - cf - 1 < F(1, 10**4))
xs = [F(1, 3), F(2, 5), F(3, 7), 1, F(-1, 2)]
print(sum(xs) / len(xs), min(xs), max(xs), sorted(xs, reverse=True))
print(F(10**30, 3) + F(1, 3), F(2, 3) ** 40, F(123456789, 10**12) * 10**12)

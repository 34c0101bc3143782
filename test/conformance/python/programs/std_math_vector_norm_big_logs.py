# math.hypot and math.dist as CPython 3.11's vector_norm rounds them; logs of ints too big for
# a float; fsum's overflow and special values; statistics.median_grouped and inf/nan results.
import math
import random
import statistics

random.seed(5)
for i in range(40):
    xs = [random.uniform(-10, 10) for _ in range(random.randint(2, 8))]
    print(math.hypot(*xs), math.dist(xs, [0.5] * len(xs)))
print(math.hypot(*[0.1 * i for i in range(1, 40)]), math.hypot(1e-320, 1e-320), math.hypot(*[1 / 3] * 1000))
for x in [2**1024, 2**10000, 10**1000, 3**5000]:
    print(math.log2(x), math.log10(x), math.log(x), math.log(x, 3))
print(math.log(10**500, 10**250), math.log(2, 10**400))
for xs in [[1e308, 1e308], [1e308, float("inf"), 1e308], [float("inf"), float("-inf"), float("nan")], [-0.0]]:
    try:
        print(math.fsum(xs))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for f in [lambda: math.trunc(float("inf")), lambda: math.isqrt(2.0), lambda: math.comb(5, None)]:
    try:
        f()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for d in [[1, 2, 3, 4], [2.5, 3.25, 5.5, 11.25], [-1.5, -2.5, 3], [1, 2.5]]:
    print(statistics.median_grouped(d), statistics.median_grouped(d, 2))
print(statistics.harmonic_mean([float("nan"), 1.0, 2.0]), statistics.harmonic_mean([float("inf"), 1.0]))
for f in [lambda: statistics.stdev([float("inf"), 1.0]), lambda: statistics.fmean([1e308, 1e308]),
          lambda: statistics.correlation([1e308, 1e308], [1e308, -1e308])]:
    try:
        print(f())
    except (AttributeError, OverflowError) as e:
        print(type(e).__name__, e)
for f in [lambda: math.gcd(1.5, 2), lambda: math.expm1(710), lambda: math.lcm(2, 2.0)]:
    try:
        print(f())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.expm1(709.5), math.expm1(-800))

# math.gamma and math.lgamma: CPython's own Lanczos approximation, exact at small integers,
# reflected for negative arguments, with its domain and range errors.
import math
import random

for x in [0.5, 1.5, 2.5, 4.5, -0.5, -1.5, -2.5, 10.1, 30.3, 141.5, 170.5, -170.5, -200.5,
          1e-25, 3, 23, 24, 25.0, 0.1, 7.25, -7.25, 100.0001, float("inf"), 2]:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0, -1, -2.0, 172, float("-inf"), 1e308]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
random.seed(3)
print([math.gamma(random.uniform(-30, 60)) for _ in range(40)])
print([math.lgamma(random.uniform(-30, 60)) for _ in range(40)])
print(math.isnan(math.gamma(float("nan"))), math.factorial(10) == math.gamma(11))

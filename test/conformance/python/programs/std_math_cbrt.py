# math.cbrt is glibc's cbrt, which CPython calls: not correctly rounded, so a cube root of a
# perfect cube may be a last bit off (cbrt(27) is 3.0000000000000004), and programs that
# print or compare cube roots see those digits.
import math
import random

print(math.cbrt(27), math.cbrt(8), math.cbrt(-64), math.cbrt(1000), math.cbrt(2))
print(math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(math.inf), math.cbrt(-math.inf), math.cbrt(math.nan))
print(math.cbrt(1e-310), math.cbrt(5e-324), math.cbrt(1e308), math.cbrt(3), math.cbrt(10**6))
print([n for n in range(1, 60) if math.cbrt(n**3) != n])
print(sum(1 for n in range(1, 2000) if round(math.cbrt(n)) ** 3 == n))

random.seed(11)
xs = [random.uniform(-1e6, 1e6) for _ in range(2000)] + [random.random() * 10.0 ** random.randint(-300, 300) for _ in range(2000)]
roots = [math.cbrt(x) for x in xs]
print(roots[:4], roots[-2:])
print(sum(roots), sum(1 for x, r in zip(xs, roots) if r * r * r != x))

# math.cbrt gives glibc's last digits (CPython calls the C library's cbrt), which are not
# always the correctly rounded ones: V8's Math.cbrt differs for about half of these.
import math

xs = [2.0, 3.0, 10.0, 0.1, -7.5, 1e-300, -1e300, 5e-324, 123456.789, 0.7, 1.0 / 3.0, 1e-310]
for x in xs:
    print(x, math.cbrt(x), math.cbrt(x).hex())
print(math.cbrt(27.0), math.cbrt(-8.0), math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(float("inf")))
print(math.cbrt(float("-inf")), math.cbrt(float("nan")))
total = 0.0
for i in range(1, 2000):
    total += math.cbrt(i * 0.37)
print(total)

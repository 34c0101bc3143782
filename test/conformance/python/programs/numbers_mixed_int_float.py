# A float and an int mixed in + - * /, comparisons and augmented assignment: the compiled
# fast paths must give what CPython gives, -0.0, nan, inf, ints past 2**53 and past the
# float range (OverflowError) included.
import math
vals_f = [0.0, -0.0, 1.5, -2.5, 1e308, float('inf'), float('-inf'), float('nan'), 9007199254740992.0, 3.0]
vals_i = [0, 1, -3, 2**53 + 1, 2**53, 10**400, -10**400, 3]
out = []
for x in vals_f:
    for n in vals_i:
        for name, f in [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b)]:
            for a, b in [(x, n), (n, x)]:
                try:
                    r = f(a, b)
                    out.append(repr(r))
                except Exception as e:
                    out.append(type(e).__name__ + ":" + str(e))
        out.append(repr((x < n, x <= n, x > n, x >= n, x == n, x != n, n < x, n == x, n != x)))
        y = x
        try:
            y += n
            out.append(repr(y))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
        y = n
        try:
            y -= x
            out.append(repr(y))
            y *= x
            out.append(repr(y))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
print(len(out))
print("\n".join(out))

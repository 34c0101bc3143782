# 0.0 ** -inf is inf (C's pow), not a ZeroDivisionError: only a finite negative power of
# zero divides by zero. A clamp-free "temperature" schedule can reach it.
import math

inf = float("inf")
for x in [0, 0.0, -0.0, 1, -1, 0.5, 2, -2.0, inf, -inf]:
    row = []
    for y in [inf, -inf, 0, -1, 2, 3]:
        try:
            r = repr(x**y)
        except ZeroDivisionError as e:
            r = "ZeroDivisionError(" + str(e) + ")"
        try:
            m = repr(math.pow(x, y))
        except ValueError as e:
            m = "ValueError(" + str(e) + ")"
        row.append(r if r == m else r + "|" + m)
    print(repr(x).rjust(5), " ".join(s.ljust(12) for s in row))
print(0.0 ** -inf == inf, pow(0, -inf), pow(-0.0, -inf))

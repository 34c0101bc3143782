# int / int is correctly rounded down to the subnormal floats, where a result used to
# flush to 0.0, and overflows only past the largest float.
from fractions import Fraction

print(1 / 10**320, -3 / 10**322, 7 / 2**1076, 1 / 2**1075, 3 / 2**1076, 1 / 2**1080)
print(10**-320, 2**-1074, 5 * 2**-1075, float(Fraction(1, 10**310)))
for e in range(1068, 1078):
    print(e, 1 / 2**e, (2**e - 1) / 2**(2 * e), -(2**60 + 1) / 2**(e + 60))

# Ratios of big ints at the edges, each rounded once, half to even.
for a, b in [(2**53 + 1, 1), (2**54 + 3, 2), (10**400, 10**399), (10**400 + 1, 3 * 10**399),
             (2**1024 - 2**971, 1), (-(2**1024 - 2**971), 1), (3**700, 2**1100), (1, 3**700)]:
    print(a / b)
for a, b in [(2**1024 - 2**970, 1), (10**400, 3), (-(10**330), 7)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError:", e)

# A deterministic walk over many sizes: the sum of the results shows any misrounding.
total = 0.0
x = 1
for k in range(1, 1200, 7):
    x = x * 3 + k
    total += (x % 10**9 + 1) / 2**(k + 40)
print(repr(total))

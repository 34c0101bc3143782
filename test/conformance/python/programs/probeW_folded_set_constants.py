# CPython's compiler folds arithmetic on constant numbers (2**40, -2**63, 1/4, 10**9 + 7,
# ~5, 1 << 20) into constants, so a set display of them becomes a frozenset constant and
# prints in that constant's order; past 128-bit results (2**200, 1 << 200) and failing
# operations (1 << -1) are left to run time, where the display is built item by item.
print({5, 3, 2**40, 17, 33})
print({-1, -2, 5, 3, 1000, 2**40, -2**63, 17, 33})
print({10**9 + 7, 998244353, 2**31 - 1, 65537, 3})
print({1 / 4, 0.5 * 3, 2.0**-3, 7 // 2, 7 % 3, -(2**62), 6 & 3, 6 | 9, 6 ^ 3, ~5, +7})
print({1 << 20, 1 << 40, 1 << 62, 17 >> 1, 99, 2**64})
print({2**200, 3, 5, 2**201, 1})
print({2**64 * 2**64, 2**65 * 2**64, 7, 3})
print({not 0, 2, 3, -True, ~False, True + 1})
for x in {3 * 5, 2**6, -8, 1 - 0.5}:
    print(x, end=" ")
print()


def taps():
    return (2**10, 1 / 4, -(2**63))


print(taps() is taps(), taps())
try:
    print({1 << -1, 2, 3})
except ValueError as e:
    print("ValueError:", e)
try:
    print({1 // 0, 2, 3})
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# A training report: center/ljust/rjust tables, f-string width, alignment, grouping,
# percent and exponent specs, %-formatting and str.format, round() and float reprs.
rows = [("step", "loss", "lr", "acc"), (0, 3.2958, 1e-3, 0.1), (100, 2.10432, 5e-4, 0.4567), (1000, 0.012345, 1.5e-5, 0.99999), (12345, 1234567.891, 0.0, 1.0)]
hdr = rows[0]
print("|".join(h.center(12) for h in hdr))
print("-" * 52)
for s, l, lr, acc in rows[1:]:
    print(f"{s:>12,}|{l:^12.4f}|{lr:<12.2e}|{acc:>12.2%}")
    print("{:012d}|{:+.3g}|{:e}|{:%}".format(s, l, lr, acc))
    print("%-8d|%+10.3f|%g|%5.1f%%|%s|%r" % (s, l, lr, acc * 100, l, l))
    print(str(s).rjust(8, "."), str(l).ljust(14, "_"), repr(lr).center(10, "*"))
print(f"{1234567:_}", f"{1234567.891:,.2f}", f"{0.000123:.2g}", f"{123456789.0:g}", f"{1e16:g}", f"{1e-5:g}")
print(f"{3.14159:10.3}", f"{42:#x}", f"{42:#o}", f"{42:#b}", f"{42:08b}", f"{255:X}", f"{-42:05d}")
print(f"{'abc':>{10}}", f"{'abc':*^9}", f"{3.0:.0f}", f"{2.5:.0f}", f"{0.125:.2f}", f"{1/3:.17g}")
print(f"{float('inf'):8.2f}", f"{float('nan'):>6}", f"{-0.0}", f"{-0.0:.2f}", f"{1e300*10}")
print(f"{12:=+6d}", f"{-12:=6d}", f"{1.5:=+8.2f}", f"{True}", f"{True:d}", f"{None!s:>6}")
w = 7; p = 3
print(f"{3.14159265:{w}.{p}f}|", f"{'x'!r:>5}", f"{[1,2]}", f"{ {'a': 1} }", f"{(1,)}")
print(format(0.1, ".20f"), format(1e22, ""), format(123, "n"), format(1.0, "n"), format(12345.678, ".3n"))
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-4, 1e-5, 100.0, 1.5e300 * 1e10)
print(repr(0.1), str(1e-7), 5e-324, 2 ** 0.5, 10 ** 20, 10.0 ** 20, 2 ** -1, 7 // 2, -7 // 2, -7 % 3, 7.5 % 2)
print(round(3.14159, 3), round(1234.5678, -2), round(1234, -2), round(0.1 + 0.2, 15), round(-2.5), round(2.675, 2))
print(divmod(7, 3), divmod(-7.5, 2), int(3.99), int(-3.99), int("42"), float("1e3"), float(" 2.5 "), int("0x1f", 16), int("1_000"))
print("%5s|%-5s|%05.1f|%x|%o|%e|%E|%G" % ("ab", "cd", 3.14159, 255, 8, 12345.678, 0.00012, 1e-10))
print("%(name)s has %(n)d items costing %(p).2f" % {"name": "cart", "n": 3, "p": 9.5})
print("%c%c" % (72, "i"), "%%", "%s" % [1, 2], "%s" % (1,), "%.3s" % "abcdef", "%*d" % (5, 42))
print("{:>8}|{:<8}|{:^8}|".format("a", "b", "c"), "{0[0]} {1[k]} {2.real}".format([9], {"k": 8}, 3))
print("{:,}".format(10 ** 12), "{:.1%}".format(0.25), "{:+}".format(0), "{: }".format(5), "{:.2e}".format(0))
print(str.format("{}-{}", 1, 2), "{{literal}} {}".format(3), "{!r:>8}".format("hi"), "{:s}".format("x"))
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau, math.sqrt(2), math.log(10), math.log2(8), math.log10(1000))
print(math.exp(1), math.floor(-2.5), math.ceil(2.1), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.comb(5, 2), math.perm(5, 2), math.factorial(10), math.gcd(12, 18), math.hypot(3, 4))
print(f"{math.pi:.50f}")
print(f"{2**64:,}", f"{-1234567.5:,.1f}", f"{1234.5:_.2f}", f"{0.5:.0%}", f"{1e-3:.1e}", f"{123.456:e}")
total = 1234567
for name, n in [("embedding", 27 * 10), ("hidden", 30 * 200 + 200), ("batchnorm", 400), ("output", 200 * 27 + 27)]:
    print(f"{name:<12s}{n:>10,d}{n / total:>10.3%}")
print(f"{'total':<12s}{total:>10,d}")

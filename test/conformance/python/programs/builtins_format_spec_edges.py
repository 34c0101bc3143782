# format() and f-string specs for numbers as CPython 3.11 reads them: grouping with ',' and
# '_', '%' with grouping, '#' alternate forms, 'n', '=' alignment with fills, 'z', inf/nan/-0.0,
# huge ints, nested fields, and the exact errors.

inf = float("inf")
nan = float("nan")


def show(value, spec):
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), "->", type(e).__name__ + ":", e)


ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2**64, -(2**100), True]
int_specs = [
    "", "d", "_d", ",d", "_x", "_X", "_o", "_b", ",", "_", "#x", "#X", "#o", "#b", "#_b",
    "#010x", "010,d", "010_d", "=+10d", "*^+12,d", "x<10", "0>10", "0=10", "08", "+08",
    " 8", "-8", "+", " ", "-", "n", "10n", "c", "e", "E", ".2f", "%", ",.2%", "g", "G",
    ".3g", "#.3g", "012,.1f", "z", "zd", "_c", ",x", ",b", ",o", "#,d", ".2d", ".2x", "s",
    "10.3", "0=+#12_x", "\u00e9^9", "\U0001f600<6",
]
for v in ints:
    for spec in int_specs:
        show(v, spec)

floats = [0.0, -0.0, 1.5, -1.5, 1234567.891, -0.000012345, 1e16, 1e-7, 2.5, 3.5, 1e300,
          inf, -inf, nan, 0.1, 100.0, 123456789012345678.0]
float_specs = [
    "", "f", ".0f", "#.0f", ",f", "_f", ",.2f", "_.3f", ",.2%", ".1%", "%", "#g", "g",
    ".0g", "#.0g", ".3g", "#.3g", "G", "#G", "e", "#.0e", ".3E", "n", ".3n", "#n", "010.2f",
    "+010.2f", "=+12.3f", "*^+14,.2f", "x<12", "0>12", "0=12", "012", "012,.1f", "z.1f",
    "z", "z.0f", "z.2e", "z.3g", "z%", "+z.1f", " z.1f", "z012.1f", ",", "_", ".2", ".12",
    "#", "#.2", "10", "-10", ".30f", ".20e", "d", "x", "c", "s", ",e", "_g", ".2_f",
    "\u00e9^12.2f",
]
for v in floats:
    for spec in float_specs:
        show(v, spec)

errors = [
    (5, ",_d"), (5, "_,d"), (5, ",,d"), (5, "=="), (5, "10.-1f"), (5.0, "10.-1f"),
    (5, ".f"), (5.0, ".f"), (5, "y"), (5.0, "y"), (5, "\u00e9"), (5, "z"), (5, "zx"),
    (5.0, "#c"), (5, "+c"), (5, ",c"), (5, "#c"), (5, "=c"), (1114112, "c"), (-1, "c"),
    (5, "," "n"), (5.0, ",n"), (5, "_n"), (5, "99999999999999999999d"),
    (5.0, ".99999999999999999999f"), ("abc", "=10"), ("abc", "+"), ("abc", ",") , ("abc", "d"),
    (None, "d"), (None, ""), ([1], ""), ([1], "10"), (5, "0<<5"), (5.0, "1.2.3"),
]
for v, spec in errors:
    show(v, spec)

# f-strings read the same specs, with nested fields for width and precision.
width, prec, fill = 12, 3, "*"
x = 1234.56789
print(f"{x:{fill}^{width},.{prec}f}|")
print(f"{x:{width}.{prec}e}|{-x:+{width}_.{prec}f}|")
print(f"{1234567:_}|{1234567:,}|{0xDEADBEEF:_x}|{255:#_b}|")
print(f"{-0.0:z.1f}|{-0.04:z.1f}|{-0.0:.1f}|")
print(f"{0.5:.0%}|{0.125:,.1%}|{12345.678:,.2%}|")
print(f"{10**30:,}|{-(10**30):_x}|")
print(f"{x!r:>20}|{x!s:<20}|")
print(f"{'abc':*^{width}}|{'abc':.{prec - 1}}|")
print("{:{}{}{}}".format(42, "+", "0", "8"))
print("{0:>{1}}|{0:<{1}.{2}f}|".format(3.14159, 10, 2))
print(format(12345678, ",").replace(",", "."))
print(format(1e22), format(1e22, ""), format(1e22, "g"), format(1e22, "n"))
print(format(1.0), format(1.0, ""), format(1.0, "g"), format(1.0, "n"))
print(format(True), format(True, ""), format(True, "d"), format(True, "5"))

# Ints under float codes convert to float first; past the float range that fails.
for v, spec in [(10**400, "f"), (10**400, "e"), (10**400, "%"), (10**400, "g"), (2**53 + 1, "f"),
                (10**400, "n"), (10**400, "_x"), (-(10**20), ",.2f"), (True, ".2f"), (False, "%")]:
    show(v, spec)


class Money(int):
    pass


class Temp(float):
    def __format__(self, spec):
        return "T(" + format(float(self), spec) + ")"


class Plain:
    def __repr__(self):
        return "Plain()"


show(Money(1234567), ",")
show(Money(-5), "+08.2f")
show(Temp(21.456), ".1f")
show(Plain(), "")
show(Plain(), ">5")
print(f"{Temp(3.25):.2f}|{Money(9):#x}|{Temp(1.0)!r:>12}|")
try:
    print(format(5, 5))
except TypeError as e:
    print("TypeError:", e)
v = 3.14159
print(f"{v=:.2f}|{v = :>10.3f}|{-v=:+}")
print("{:{}}".format(7, "*^+9"))
try:
    print("{:{:{}}}".format(1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
print(format(float("-nan"), "+"), format(-inf, "z"), format(-0.0, "+z"), format(nan, "010.2%"))
print(format(1e-320, ".3e"), format(5e-324, "g"), format(1.7976931348623157e308, ",.0f")[:40])

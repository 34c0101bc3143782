# printf-style formatting of numbers as CPython 3.11 does it: every flag with every
# conversion, inf/nan/-0.0, huge ints, '*' width and precision, mapping keys, and the
# exact errors.

inf = float("inf")
nan = float("nan")
flags = ["", "#", "0", "-", "+", " ", "#0", "-0", "+0", " 0", "+ ", "-#", "#+0"]


def show(template, args):
    try:
        print(repr(template), "->", repr(template % args))
    except Exception as e:
        print(repr(template), "->", type(e).__name__ + ":", e)


for conv in "diouxX":
    for flag in flags:
        show("%" + flag + "8" + conv, 255)
        show("%" + flag + "8" + conv, -255)
        show("%" + flag + "8.5" + conv, 42)
    show("%" + conv, 0)
    show("%#" + conv, 0)
    show("%" + conv, True)
    show("%" + conv, 3.99)
    show("%" + conv, -3.99)
    show("%" + conv, 2**100)
    show("%#" + conv, -(2**70))
    show("%.30" + conv, 7)
    show("%" + conv, "7")
    show("%" + conv, inf)
    show("%" + conv, nan)
    show("%" + conv, 1e300)

for conv in "eEfFgG":
    for flag in flags:
        show("%" + flag + "12" + conv, 3.14159)
        show("%" + flag + "12.2" + conv, -0.000123)
        show("%" + flag + "10" + conv, inf)
        show("%" + flag + "10" + conv, -inf)
        show("%" + flag + "10" + conv, nan)
        show("%" + flag + "10" + conv, -0.0)
    show("%" + conv, 0.0)
    show("%.0" + conv, 2.5)
    show("%#.0" + conv, 2.5)
    show("%.0" + conv, 0.5)
    show("%" + conv, 1e16)
    show("%" + conv, 1e-5)
    show("%" + conv, 123456789.0)
    show("%.3" + conv, 10**20)
    show("%" + conv, 2**1000)
    show("%" + conv, 2**1100)
    show("%" + conv, True)
    show("%" + conv, "1.5")
    show("%.40" + conv, 0.1)
    show("%.120" + conv, 1e-100)

show("%g", 100000.0)
show("%g", 1000000.0)
show("%#g", 1000000.0)
show("%#g", 0.0)
show("%#.3g", 1.0)
show("%G", 1e-10)
show("%#x", 0)
show("%#o", 8)
show("%#X", 255)
show("%+.3e", 0.0)
show("%e", 5e-324)
show("%.17g", 0.1)
show("%r", 1.0)
show("%s", 1e16)
show("%s", 1e-5)
show("%s", -0.0)
show("%s", 2**64)
show("%a", "é")
show("%r", "é")
show("%-6s|", "ab")
show("%6s|", "ab")
show("%06s|", "ab")
show("%+s|", "ab")
show("%.1s|", "abc")
show("%10.2r|", "abc")
show("%-8a|", "é")
show("%s %r", (1, 2))
show("%s", ((1, 2),))
show("%s", [1, 2])
show("%s", {"a": 1})
show("%c", 65)
show("%c", "x")
show("%5c|", 0x1F600)
show("%-3c|", 97)
show("%c", 0x110000)
show("%c", -1)
show("%c", "xy")
show("%c", "")
show("%c", 3.0)
show("%c", True)
show("%5%|", ())
show("%-5%|", ())
show("%%", ())
show("100%%", ())
show("%s%%", 5)

show("%*d|", (6, 42))
show("%-*d|", (6, 42))
show("%*d|", (-6, 42))
show("%.*f|", (2, 3.14159))
show("%*.*f|", (10, 3, 3.14159))
show("%.*f|", (-2, 3.14159))
show("%.*s|", (2, "abcdef"))
show("%*s|", (3.0, "a"))
show("%.*f|", ("2", 1.0))
show("%*d|", (6,))
show("%*d|", 6)

data = {"name": "Ada", "n": 42, "x": 2.5, "a(b)": 1}
show("%(name)s is %(n)05d and %(x)+.2f", data)
show("%(name)-6s|%(name)6s|", data)
show("%(a(b))s", data)
show("%(missing)s", data)
show("%(n)s %s", data)
show("%s", data)
show("%(n)s", (1,))
show("%(n)*d", data)
show("%()s", {"": "empty"})
show("%(n)d %%", data)
show("no specs", data)
show("no specs", ())
show("no specs", 5)
show("no specs", [])
show("%s", ())
show("%s %s", (1,))
show("%s", (1, 2))
show("%d", (1, 2, 3))
show("%d %d", [1, 2])

show("%y", 1)
show("abc %y", 1)
show("%-5y", 1)
show("%ld", 5)
show("%hd", 5)
show("%Lf", 5)
show("%", 1)
show("abc%", ())
show("%5", 1)
show("%(name", data)
show("%z", 1)
show("%\u00e9", 1)
show("%\n", 1)
show("%b", 5)
show("%5.3%", ())
show("%d", None)
show("%x", 1.0)
show("%d", "x")
show("%f", None)
show("%s %s", (1, 2, 3))

show("%5%|", (1,))
show("%-5%|", (1, 2))
show("%(n)%|", data)
show("%(n)5%|", {})
show("%%", 1)
show("\U0001f600 %y", 1)
show("%\U0001f600", 1)

# Any argument with __getitem__ but a tuple or a str is a mapping: a text without
# conversions takes it, and a key looks it up as [] does.
show("no specs", [1])
show("no specs", range(3))
show("no specs", b"ab")
show("no specs", "abc")
show("no specs", 5.0)
show("%s", [1])
show("%s %s", [1, 2])
show("%(n)s", [1])
show("%s %s", "ab")


class T(tuple):
    pass


class D(dict):
    def __missing__(self, key):
        return key + "!"


class S(str):
    pass


class L(list):
    pass


class M:
    def __getitem__(self, key):
        return key * 2


show("%s %s", T((1, 2)))
show("%(a)s %(b)s", D(a=1))
show("no specs", S("ab"))
show("no specs", L())
show("%s", L([1]))
show("%(ab)s %(x)r", M())
show("no specs", M())
show("%.10s", M())

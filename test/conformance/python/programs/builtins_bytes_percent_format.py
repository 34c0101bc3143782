# bytes % args and bytearray % args (PEP 461) as CPython 3.11 does them: numbers as str's
# %-formatting makes them, %s/%b of bytes-like values or __bytes__, %c of one byte, %r/%a as
# ascii(), keys looked up as bytes, and the errors bytes has of its own.


class B:
    def __bytes__(self):
        return b"BB"

    def __repr__(self):
        return "B()"


class BadBytes:
    def __bytes__(self):
        return "not bytes"


class M:
    def __getitem__(self, k):
        return k * 2


class R:
    def __rmod__(self, other):
        return "R.__rmod__"

    def __repr__(self):
        return "R()"


cases = [(b"x", "abc"), (b"x", b"ab"), (b"x", bytearray(b"a")), (b"x", [1]), (b"x", 5),
 (b"%5%|", ()), (b"%5%|", (1,)), (b"%%", ()), (b"%(a)s", {b"a": b"v"}), (b"%(a)s", {"a": b"v"}), (b"%(ab)s", M()),
 (b"%s", "t"), (b"%s", 5), (b"%b", b"x"), (b"%s", bytearray(b"ba")), (b"%s", B()),
 (b"%.1s|%5s|%-5b|", (b"abc", b"ab", b"ab")), (b"%r %a", ("\xe9", "\xe9")), (b"%r", b"x"),
 (b"%c", 65), (b"%c", 256), (b"%c", -1), (b"%c", b"x"), (b"%c", b"xy"), (b"%c", "x"), (b"%c", bytearray(b"z")), (b"%c", 3.0), (b"%3c|", 65),
 (b"%d %i %u %x %X %o %#x %e %f %g %5.2f", (1, 2, 3, 255, 255, 8, 255, 1.5, 2.5, 3.5, 2.0)),
 (b"%d", "x"), (b"%x", 1.0), (b"%f", "x"), (b"%f", b"x"), (b"%y", 1), (b"\xff %\xe9", 1), (b"%", 1),
 (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%(a)s", (1,)), (b"%08.3f", float("-inf")), (b"%*d|", (5, 1)),
 (bytearray(b"%d"), 5), (bytearray(b"%s"), b"q"), (b"%s", (None,)), (b"%s", (True,)), (b"%a", 1.5), (b"%r", [b"\xff"])]
for t, a in cases:
    try:
        print(repr(t), type(a).__name__ if isinstance(a, (B, M)) else repr(a), repr(t % a))
    except Exception as e:
        print(repr(t), type(a).__name__ if isinstance(a, (B, M)) else repr(a), type(e).__name__, e)

more = [
    (b"%s", BadBytes()), (b"%s", R()), (b"%r", R()), (b"%(k)s", {b"k": B()}),
    (bytearray(b"%(k)d|%(k)x"), {b"k": 255}), (b"%s", b""), (b"%-4c|%4c", (b"a", 98)),
    (b"%c", True), (b"%+d % d %05.1f %#o %#X", (5, 5, -2.25, 8, 255)), (b"%.3e|%G", (12345.678, 1e-10)),
    (b"%s and %s", [b"a", b"b"]), (b"%i", 2**70), (b"%x", -(2**70)), (b"%5%|", (1,)),
    (b"%\x80", 1), (b"%d", None), (b"%c", 2**70), (b"%c", None),
]
for t, a in more:
    try:
        print(repr(t), repr(a) if not isinstance(a, (B, BadBytes)) else "obj", repr(t % a))
    except Exception as e:
        print(repr(t), type(e).__name__, e)

# str's and bytes' % answer any right operand first: __rmod__ is asked only by a str subclass.


class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"


class S2(str):
    pass


s = "%s"
s %= R()
b = b"%r"
b %= R()
print(s, b, "%r" % R(), "%s" % S("x"), "%s" % S2("y"), 5 % R())
for _ in range(3):
    print("%s" % R(), b"%r" % R())

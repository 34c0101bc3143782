# str methods beyond the basics, and str.format/%-formatting corners, as CPython 3.11 prints them.

for t in ["Hello World", "Hello world", "HELLO", "hello", "", "123", "A1b", "Ǆa", "ǅa", "ß", "ª", "Ⅻ", "ⅻ", "µ", "ı", "ẞ", "Ꭰ", "ꭰ", "ᾳ", "ﬁx"]:
    print(repr(t), t.istitle(), t.isupper(), t.islower(), t.isascii(), t.casefold(), t.title(), t.capitalize(), t.swapcase())
print("they're bill's friends".title(), "日a b1c".title(), "hELLO wORLD".capitalize())

for t in ["_x", "1x", "x1", "π", "a-b", "if", "", "x y"]:
    print(repr(t), t.isidentifier())
for t in ["\t", "\n", " ", "\xa0", "\u200b", "\x7f", "é", "\u2028", "\ue000", "\xad", "abc"]:
    print(repr(t), t.isprintable())

print("{a}-{b[0]}".format_map({"a": 1, "b": [2]}))


class Defaults(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{x} {y}".format_map(Defaults(x=1)))
for bad in [lambda: "{}".format_map({}), lambda: "{z}".format_map({}), lambda: "{x}".format()]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, repr(e))

print(str.maketrans("ab", "cd"), str.maketrans({"a": "x", 98: None}), str.maketrans("", "", "xy"))
print("hello".translate(str.maketrans("lo", "01", "h")), "abc".translate({97: 98, 98: "zz"}))
print("abc".translate([None, "x"]), "abc".translate({}), "abc".maketrans("a", "b"))
for bad in [
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans(1),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 1}),
    lambda: str.maketrans("a", 1),
    lambda: "a".translate({97: 1.5}),
    lambda: "a".translate({97: -1}),
    lambda: "x".removeprefix(1),
]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(repr("a\tbc\td\r\te\n\tf".expandtabs()), repr("a\tb".expandtabs(-1)), repr("ab\tc".expandtabs(tabsize=3)))
print("abcabc".removeprefix("abc"), "abc".removesuffix("c"), "abc".removesuffix(""), "abc".removeprefix("z"))

s = "  a,b,,c  d\te\n"
print(s.split(None, 1), s.rsplit(None, 1), "a b  c ".split(None, 2), " a b c".rsplit(None, 2))
print("  a  ".split(None, 0), "  a  ".rsplit(None, 0), "a  ".split(maxsplit=1), "  a".rsplit(maxsplit=1))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".count("", 4), "abc".count("", 3))
print("abc".count("", 2, 1), "abc".find("", 2, 1), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4))

print("{:{}{}}|".format(1.5, ">", 8), "{0:{1}}".format(3.14159, ".2f"), "{:{}}|{}".format("a", 3, "b"))
print("{0[}]}".format({"}": 5}), "{0[:]}".format({":": 6}), "{0[{]}".format({"{": 7}))
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print("TypeError", e)
print("%s %(a)s" % {"a": 1})

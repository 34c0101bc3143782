# re.Match and re.Pattern: groups by number and name, spans, repr, attributes.
import re

date = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
m = date.search("due 2024-03-15, paid")
print(m)
print(m.group(), m.group(1), m.group("month"), m.group(0, "day", 2), m[3], m["year"])
print(m.groups(), m.groupdict(), m.span(), m.span("day"), m.start(2), m.end())
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(date.pattern, date.groups, date.groupindex["day"], date.flags)
print(date, re.compile("a+", re.I | re.M), re.compile(r"\d", re.A | re.X))
print(type(m).__name__, type(date).__name__)
opt = re.match(r"(a)(b)?(?P<c>c)?", "a")
print(opt.groups(), opt.groups("-"), opt.groupdict(0), opt.span(2), opt.start(3), opt.lastindex)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)()", "a").lastindex)
print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"x", "x").lastindex)
print(re.match("a", "b"), bool(re.match("a", "abc")), re.fullmatch("a|ab", "ab"), re.match("a|ab", "ab"))
print(re.compile("o").search("foo", 2), re.compile("o").findall("foooo", 1, 3), re.compile("f").match("foo", 1))
print(repr(re.match("'", "'")), re.match("\n", "\n"))
print(re.search("x", "a😀x").span(), re.findall(".", "a😀b"))
print(m.expand(r"\g<day>/\2/\1"))
try:
    m.group(4)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
p = re.compile(r"\w+")
print(re.compile(p) is p, re.purge())

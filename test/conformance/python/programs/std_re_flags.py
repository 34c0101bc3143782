# re's flags are a RegexFlag (an IntFlag): shown by name, computing as ints.
import re

print(re.I, re.M, re.I | re.M, re.M | re.I)
print(repr(re.S), repr(re.I | re.X), re.NOFLAG, repr(re.NOFLAG))
print(type(re.I), type(re.I).__name__, re.RegexFlag)
print(re.I == 2, int(re.I), re.I + 1, re.I * 2, isinstance(re.I, int))
print(re.I.name, re.I.value, (re.I | re.M).name, (re.I | re.M).value)
print(re.M in (re.I | re.M), re.S in (re.I | re.M), bool(re.NOFLAG))
print(re.I | 1024, re.RegexFlag(1024))
print(f"{re.I}", f"{re.I:d}", f"{re.I | re.M:04d}", "%d" % re.M)
print(repr(re.compile("a", re.I)), repr(re.compile("a", re.I | re.S | re.X)))
print(repr(re.compile("a", re.I | re.A)), repr(re.compile("a")), repr(re.compile("a", re.U)))
print(re.compile("a", re.I).flags, re.compile("a").flags, re.compile("a", re.A).flags)
print(type(re.compile("a", re.I).flags))
flags = 0
for f in (re.I, re.M):
    flags |= f
print(flags, re.findall("^b", "A\nb\nB", flags))
print(re.match("X", "x", flags=re.IGNORECASE), re.search("a.c", "A\nC", re.I | re.S))
print({re.I: "ignore"}[2], {2: "two"}[re.I], re.I in {2}, sorted([re.M, re.I, 1]))
print(~re.I == re.I, (~re.I) & re.I, re.I ^ re.I, re.I & re.M, re.I & 2, round(re.I))
print((re.I | 1024).name, repr(re.M | 4096))

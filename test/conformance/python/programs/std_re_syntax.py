# Python's regex syntax as re reads it: flags, anchors, escapes, classes, groups, lookarounds.
import re

print(re.search(r"^b", "a\nb"), re.search(r"^b", "a\nb", re.M), re.search(r"a$", "a\n"))
print(re.match(r"a.b", "a\nb"), re.match(r"a.b", "a\nb", re.S), re.match(r"(?s)a.b", "a\rb"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"), re.findall("straße", "STRASSE Straße", re.I))
print(re.match(r"\Aab\Z", "ab"), re.match(r"ab\Z", "ab\n"), re.search(r"\bfoo\b", "a foo b"))
print(re.findall(r"\Bo\B", "foo moon"), re.findall(r"\bé\w", "a éa"))
verbose = re.compile(r"""
    (\d+)      # a number
    \s*        # spaces
    (?P<unit>[a-z]+)  # its unit
""", re.VERBOSE)
print(verbose.findall("12 kg, 3m"))
print(re.findall(r"[]a]", "]a"), re.findall(r"[a-]", "-a"), re.findall(r"[\]\\]", "]\\"))
print(re.findall(r"[^\W\d]+", "ab12cd"), re.findall(r"[\s\d]+", "a 1 b"), re.findall(r"[^\S]", "a b"))
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{,2}", "aaa"), re.findall(r"a{", "a{"), re.findall(r"a{1,}?", "aa"))
print(re.findall(r"(?P<q>['\"]).*?(?P=q)", "'a' \"b\""), re.search(r"(\w)\1", "abccd"))
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"(?<!-)\d+", "1 -2 3"), re.findall(r"(?<=\$)\d+", "$5 6"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"a++a", "aaa"), re.match(r"(?:ab)*+c", "ababc"))
print(re.findall(r"\x41\u00e9\t\101", "Aé\tA"), re.findall(r"(?#comment)a", "a"))
print(re.match(r"(?m:^b)", "b"), re.findall(r"(?x) a b # c", "ab"))
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.NOFLAG))

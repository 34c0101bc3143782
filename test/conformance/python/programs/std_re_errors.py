# re.error for patterns Python rejects: CPython's message, msg, pos and pattern.
import re

for bad in ["(a", "a)", "[a", "*a", "a**", r"\q", "[z-a]", r"(a)\2", "a{3,1}", "(?P=x)",
            "(?P<a>x)(?P<a>y)", "a(?i)b", r"(a\1)", "\\", "(?P<1a>x)", "(?z)", "x|+"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.pattern == bad)
print(isinstance(re.error("x"), Exception))
try:
    re.match("a", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
found = re.findall(r"(?<name", "x")

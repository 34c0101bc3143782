# CPython's re repeats no position: a quantifier on ^, $, \A, \Z, \b or \B is
# "nothing to repeat" at the quantifier; a group holding one may repeat.
import re

patterns = [
    (r"^*abc", 0),
    (r"\d+$+", 0),
    (r"word\b{2}", 0),
    (r"\A?x", 0),
    (r"x\Z*", 0),
    (r"\Bx+", 0),
    (r"^ +a", re.VERBOSE),
    (r"(^)*a", 0),
    (r"(?:$)?a", 0),
    (r"^{x}", 0),
    (r"[$]+", 0),
    (r"\$+", 0),
    (r"^\s*(\w+)\s*=\s*(\d+)$", re.M),
]
text = "x = 1\n  total= 22\nbad line\n$$ a"
for pattern, flags in patterns:
    try:
        print(repr(pattern), re.findall(pattern, text, flags))
    except re.error as e:
        print(repr(pattern), "error:", e, "| pos", e.pos)

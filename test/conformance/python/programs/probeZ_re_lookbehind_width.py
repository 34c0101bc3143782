# A look-behind must match one width: CPython refuses a varying one when it compiles the
# pattern (after parsing it, so a parse error elsewhere is reported first); alternatives of
# one length, fixed repeats, classes, escapes and nested zero-width parts are accepted.
import re

text = "price: $12, cost: EUR7, ab1 cd22 x9"
patterns = [
    r"(?<=\$)\d+",
    r"(?<=EUR|USD)\d+",
    r"(?<=[a-z]{2})\d+",
    r"(?<=(?:ab|cd))\d+",
    r"(?<=\b\w)\d",
    r"(?<=(?i:A)B)\d",
    r"(?<!\d)\d",
    r"(?<=\$|EUR)\d+",
    r"(?<=a+)\d",
    r"(?<=\w{1,2})\d",
    r"(?<!ab?)\d",
    r"(?<=x|)\d",
    r"(?<=a*)\d(",
    r"(?<=(?=\d)\d|ab)\d",
]
for pattern in patterns:
    try:
        print(pattern, re.findall(pattern, text))
    except re.error as e:
        print(pattern, "error:", e, e.pos)

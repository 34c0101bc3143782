# Scoped inline flags: (?i:...) folds case only inside the group, (?-i:...) keeps it inside
# a case-insensitive pattern; other flags scope as well.
import re

cases = [
    ("(?i:ab)c", ["ABc", "ABC", "abc", "aBc"]),
    ("a(?i:b)c", ["aBc", "ABc", "abC"]),
    ("(?i:[a-c]+)x", ["AbCx", "abcX", "ABx"]),
    ("(?i:[^a])", ["A", "a", "b", "B"]),
    ("(?i)a(?-i:b)c", ["AbC", "ABC", "abc"]),
    ("(?i:\\w+)", ["Straße"]),
    ("(?i:s)", ["\u017f", "S"]),
    ("(?i:k)", ["\u212a", "K"]),
    ("(?ai:k)", ["\u212a", "K"]),
    ("(?i:é)", ["É"]),
    ("(?a:(?i:é))", ["É", "é"]),
    ("(?i:\\x41)", ["a"]),
    ("(?i:[0-9])", ["5"]),
    ("(?i:.)", ["Q"]),
    ("x(?i:(ab)|cd)y", ["xABy", "xCDy", "xcdY"]),
    ("(?s:a.b)|c.d", ["a\nb", "c\nd", "cxd"]),
    ("(?m:^b)", ["b"]),
]
for pattern, texts in cases:
    for text in texts:
        m = re.fullmatch(pattern, text)
        print(repr(pattern), repr(text), m and m.group(), re.compile(pattern).flags)
print(re.findall("(?i:hello) world", "HELLO world Hello World hello world"))
print(re.sub("(?i:the)", "X", "The the THE tHe"))
print(re.split("(?i:and)", "a AND b and c"))
print(re.findall("a(?-i:B)", "ab aB AB Ab", re.I))
print(repr(re.compile("(?i:a)b")), repr(re.compile("(?-i:a)b", re.I)))

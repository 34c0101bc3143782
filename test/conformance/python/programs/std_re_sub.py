# re.sub and re.subn: templates with \1, \g<name>, \g<0>, escapes; functions; count.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))
print(re.sub(r"(?P<n>\d)", r"<\g<n>\g<0>\g<1>>", "a1b2"))
print(re.sub(r"a", r"\n\\\t", "bab"), re.sub("a", "\\.", "a"), re.sub("(a)(b)?", r"[\2]", "a"))
print(re.subn(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3", count=2))
print(re.sub(r"\d", "#", "1 2 3", 1), re.subn(r"x", "y", "abc"))
print(re.compile(r"\s+").sub(" ", "a  b   c"), re.compile(r"o").subn("0", "foo boo"))

def shout(m):
    return m.group(0).upper()

print(re.sub(r"\b[a-z]", shout, "hello big world"))
print(re.sub(r"(?i)CAT", "dog", "Cat cat CAT"))
for bad in [r"\3", r"\q", r"\g<", "\\"]:
    try:
        re.sub("(a)", bad, "a")
    except re.error as e:
        print("re.error:", e)
try:
    re.sub("(a)", r"\g<x>", "a")
except IndexError as e:
    print("IndexError:", e)
try:
    re.sub("a", lambda m: 1, "ba")
except TypeError as e:
    print("TypeError:", e)

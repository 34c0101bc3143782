# re for tokenizing and cleaning text: findall, sub, split, finditer, as shared programs use it.
import re

text = "Hello, world! It's 3.14 here -- naïve café, 日本語 too.\n  Next   line\tends.\n"
tokens = re.findall(r"\w+|[^\w\s]", text)
print(tokens)
print(re.sub(r"\s+", " ", text).strip())
print(re.split(r"\s+", text.strip()))
print(re.split(r"[,.!]\s*", "a, b. c! d"))
print(re.split(r"(\s)", "a b\tc", maxsplit=1))
print(re.split(r"(a)|b", "xaybz"))
print([m.group() for m in re.finditer(r"\d+", "a1 b22 c333")])
print([(m.start(), m.end()) for m in re.finditer(r"[aeiou]", "education")])
print(re.findall(r"(\w+)=(\d+)", "x=1, y=22, z=abc"))
print(re.findall(r"(\w)(\d)?", "a1b"))
print(re.findall(r"\d", "4٣"), re.findall(r"\w+", "héllo", re.ASCII))
print(re.findall(r"\s", "a\x1cb\x85c\ufeffd"))
word_counts = {}
for w in re.findall(r"[a-z']+", "the cat and the hat and THE bat".lower()):
    word_counts[w] = word_counts.get(w, 0) + 1
print(sorted(word_counts.items()))
print(re.escape("1+1=2? (yes) [a.b] ~#&"))
# Empty matches (Python 3.7+): next to a previous match, and never twice at one place.
print(re.findall(r"x*|a", "a"), re.sub("x*", "-", "abxd"), re.split(r"\b", "a b"))
print(re.sub("", "-", "abc"), re.split("", "abc"), re.findall(r"\b", "ab cd"))
print(re.sub(r"$", "!", "a\n"), re.sub(r"^", "> ", "a\nb", flags=re.M))

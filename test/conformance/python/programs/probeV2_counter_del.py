# del on a Counter ignores a missing key (Counter.__delitem__), unlike a dict: pruning rare
# words from a vocabulary count, some of them already gone.
from collections import Counter

counts = Counter("the cat sat on the mat the end".split())
for w in ["cat", "dog", "cat", "on", "zebra"]:
    del counts[w]
print(counts, len(counts))


class WordCounts(Counter):
    pass


wc = WordCounts("a b a c".split())
del wc["missing"]
del wc["c"]
print(wc, type(wc).__name__)
try:
    del counts[["not", "hashable"]]
except TypeError as e:
    print("TypeError:", e)
try:
    counts.pop("nope")
except KeyError as e:
    print("KeyError:", e)
plain = dict(counts)
try:
    del plain["nope"]
except KeyError as e:
    print("KeyError:", e)
rare = [w for w, n in counts.items() if n < 2]
for w in rare + rare:
    del counts[w]
print(counts, counts.total())

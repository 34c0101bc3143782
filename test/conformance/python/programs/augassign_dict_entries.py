# Augmented assignment to dict entries: counts by word and by pair, Counter and defaultdict,
# a right side that removes or adds the key, values of other types, and the errors.
from collections import Counter, OrderedDict, defaultdict

text = "the cat and the dog and the bird"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 0
    counts[w] += 1
print(counts)

pairs = Counter()
words = text.split()
for a, b in zip(words, words[1:]):
    pairs[(a, b)] += 1
    pairs[(a, b)] -= 0.5
print(pairs.most_common(3))

nested = defaultdict(lambda: defaultdict(int))
for a, b in zip(text, text[1:]):
    nested[a][b] += 1
print(sorted((k, dict(v)) for k, v in nested.items())[:3])

od = OrderedDict(a=1, b=2, c=3)
od["a"] += 10
print(list(od.items()))

d = {"k": 1, "s": "ab", "l": [1], "t": (1,)}


def drop():
    del d["k"]
    return 5


def grow():
    d["new"] = 0
    return 1


d["k"] += drop()
print(d)
d["s"] += "c"
d["l"] += [2]
alias = d["l"]
d["t"] += (2,)
d["new"] = 0
d["new"] += grow()
print(d, alias is d["l"])

for label, action in [
    ("missing", lambda: d.__setitem__("x", d["x"] + 1)),
]:
    try:
        action()
    except KeyError as e:
        print(label, "KeyError", e)
try:
    d["zz"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] += 1
except TypeError as e:
    print("TypeError", e)
try:
    d["s"] += 1
except TypeError as e:
    print("TypeError", e)
d["nope"] -= 1

from collections import Counter, defaultdict

names = ["emma", "olivia", "ava", "isabella", "sophia", "mia"]
bigrams = Counter()
for n in names:
    chars = ["."] + list(n) + ["."]
    for a, b in zip(chars, chars[1:]):
        bigrams[(a, b)] += 1
print(bigrams.most_common(5))
following = defaultdict(Counter)
for (a, b), c in bigrams.items():
    following[a][b] += c
print(following["a"].most_common(2), sum(following["."].values()))

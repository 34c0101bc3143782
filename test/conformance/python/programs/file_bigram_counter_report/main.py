"""Bigram counter using collections.Counter and defaultdict, with table output."""
from collections import Counter, defaultdict
import sys

def load(path):
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            words.append(line.lower())
    return words

words = load("names.txt")
if not words:
    print("no data", file=sys.stderr)
    sys.exit(1)

bigrams = Counter()
starts = defaultdict(int)
for w in words:
    starts[w[0]] += 1
    for a, b in zip('<' + w, w + '>'):
        bigrams[(a, b)] += 1

print("distinct bigrams:", len(bigrams))
print("top 10:")
for (a, b), n in bigrams.most_common(10):
    print('  %-5s %4d %6.3f' % (a + b, n, n / sum(bigrams.values())))

print("least common 3:", bigrams.most_common()[:-4:-1])
letters = Counter(''.join(words))
print(letters.most_common(5))
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("starts:", dict(sorted(starts.items())))
c2 = Counter(w[-1] for w in words)
print("ends:", c2)
both = letters & Counter('aaaeeeiiiooouuu')
print("vowel capped:", sorted(both.elements()))
print((c2 + Counter(a=1)).most_common(3))
print(c2 - Counter({'a': 100}))
print(letters.total())
c2.subtract({'a': 2, 'zz': 1})
print(c2['zz'], c2['nothere'])
print(+c2)
print(-Counter(x=-3, y=2))
print(Counter('abracadabra') == Counter('aabbrrcaad' + 'a'))

import random
import math
from collections import defaultdict

words = open('names.txt', 'r').read().splitlines()
print(f"{len(words)} words, first: {words[:3]}, longest: {max(words, key=len)!r}")

chars = sorted(list(set(''.join(words))))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
vocab_size = len(itos)
print(vocab_size, ''.join(itos[i] for i in range(vocab_size)))

block_size = 3


def build_dataset(words):
    X, Y = [], []
    for w in words:
        context = [0] * block_size
        for ch in w + '.':
            ix = stoi[ch]
            X.append(context)
            Y.append(ix)
            context = context[1:] + [ix]
    print(f"shape: ({len(X)}, {len(X[0])}) ({len(Y)},)")
    return X, Y


random.seed(42)
random.shuffle(words)
n1 = int(0.8 * len(words))
n2 = int(0.9 * len(words))
Xtr, Ytr = build_dataset(words[:n1])
Xdev, Ydev = build_dataset(words[n1:n2])
Xte, Yte = build_dataset(words[n2:])
for x, y in list(zip(Xtr, Ytr))[:6]:
    print(''.join(itos[i] for i in x), '--->', itos[y])

# trigram counts with nested defaultdicts
counts = defaultdict(lambda: defaultdict(int))
for x, y in zip(Xtr, Ytr):
    counts[tuple(x[1:])][y] += 1
print(len(counts), dict(counts[(0, 0)]) == {k: v for k, v in counts[(0, 0)].items()})
top = sorted(counts[(0, 0)].items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print([(itos[k], v) for k, v in top])


def nll(X, Y, alpha=0.1):
    total = 0.0
    for x, y in zip(X, Y):
        row = counts.get(tuple(x[1:]), {})
        denom = sum(row.values()) + alpha * vocab_size
        total -= math.log((row.get(y, 0) + alpha) / denom)
    return total / len(X)


for split, (X, Y) in {'train': (Xtr, Ytr), 'val': (Xdev, Ydev), 'test': (Xte, Yte)}.items():
    print(f"{split:>5}: {nll(X, Y):.4f}")
for alpha in (0.01, 0.1, 1.0, 10):
    print(f"alpha={alpha:<5} val={nll(Xdev, Ydev, alpha):.4f}")

g = random.Random(2147483647 + 10)
for _ in range(10):
    out = []
    context = [0] * block_size
    while True:
        row = counts.get(tuple(context[1:]))
        if not row:
            ix = g.randrange(1, vocab_size)
        else:
            keys = list(row)
            ix = g.choices(keys, weights=[row[k] for k in keys])[0]
        context = context[1:] + [ix]
        if ix == 0:
            break
        out.append(ix)
    print(''.join(itos[i] for i in out))
with open('names.txt') as f:
    for i, line in enumerate(f):
        if i >= 3:
            break
        print(repr(line))

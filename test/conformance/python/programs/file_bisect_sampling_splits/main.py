# sampling by hand: cumulative weights + bisect, and random.random multinomial
import random
import bisect
import itertools
import math

def read_words(fname):
    f = open(fname)
    data = f.read()
    f.close()
    return [w for w in data.split('\n') if w]

words = read_words('names.txt')
random.seed(42)
random.shuffle(words)
n1 = int(0.8 * len(words))
n2 = int(0.9 * len(words))
train, dev, test = words[:n1], words[n1:n2], words[n2:]
print(len(train), len(dev), len(test))
print(train[:3], dev[:2], test[-2:])

counts = {}
for w in train:
    for a, b in itertools.pairwise('.' + w + '.'):
        counts.setdefault(a, {}).setdefault(b, 0)
        counts[a][b] += 1

def sample_next(prev, rng):
    nxt = counts[prev]
    keys = sorted(nxt)
    cum = list(itertools.accumulate(nxt[k] for k in keys))
    r = rng.random() * cum[-1]
    return keys[bisect.bisect_right(cum, r)]

rng = random.Random(1337)
for i in range(6):
    ch, out = '.', ''
    while True:
        ch = sample_next(ch, rng)
        if ch == '.':
            break
        out += ch
        if len(out) > 20:
            break
    print(f"{i:2d}: {out}")

def nll(split):
    total, n = 0.0, 0
    for w in split:
        for a, b in itertools.pairwise('.' + w + '.'):
            row = counts.get(a, {})
            c = row.get(b, 0) + 1
            s = sum(row.values()) + 27
            total -= math.log(c / s)
            n += 1
    return total / n

for name, split in [('train', train), ('dev', dev), ('test', test)]:
    print(f"{name:<6}nll {nll(split):.4f}")
print(rng.randint(1, 100), rng.uniform(0, 1), rng.choice(words), rng.sample(range(20), 5))
print(random.random(), random.gauss(0, 1), random.randrange(0, 100, 7))
weights = [0.1, 0.2, 0.7]
print(random.choices('abc', weights=weights, k=10))
print(random.choices('abc', cum_weights=[1, 2, 10], k=5))
print(random.choices(['x', 'y'], k=4))

# naive Bayes on name features (last letters), with a confusion matrix and per-class report
import math
import random
from collections import Counter, defaultdict
from itertools import product

random.seed(1234)
names = open('names.txt').read().split()
labels = ['A' if (sum(map(ord, n)) % 3 == 0 or n.endswith('a')) else 'B' for n in names]
data = list(zip(names, labels))
random.shuffle(data)
split = int(len(data) * 0.75)
train, test = data[:split], data[split:]
print(f"train={len(train)} test={len(test)} labels={dict(sorted(Counter(labels).items()))}")

def features(name):
    return {f'last1={name[-1]}', f'last2={name[-2:]}', f'first={name[0]}', f'len={min(len(name), 8)}'}

prior = Counter(y for _, y in train)
feat = defaultdict(Counter)
vocab = set()
for x, y in train:
    for f in features(x):
        feat[y][f] += 1
        vocab.add(f)

def log_post(x, y):
    lp = math.log(prior[y] / len(train))
    total = sum(feat[y].values())
    for f in features(x):
        lp += math.log((feat[y][f] + 1) / (total + len(vocab)))
    return lp

def predict(x):
    return max(sorted(prior), key=lambda y: log_post(x, y))

classes = sorted(prior)
conf = {(t, p): 0 for t, p in product(classes, repeat=2)}
for x, y in test:
    conf[(y, predict(x))] += 1
acc = sum(conf[(c, c)] for c in classes) / len(test)
print(f"accuracy: {acc:.2%} ({sum(conf[(c, c)] for c in classes)}/{len(test)})")
print('true\\pred'.ljust(10) + ''.join(c.rjust(6) for c in classes))
for t in classes:
    print(t.ljust(10) + ''.join(str(conf[(t, p)]).rjust(6) for p in classes))
for c in classes:
    tp = conf[(c, c)]
    fp = sum(conf[(t, c)] for t in classes if t != c)
    fn = sum(conf[(c, p)] for p in classes if p != c)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{c}: precision={prec:.3f} recall={rec:.3f} f1={f1:.3f}")
top = sorted(sorted(vocab), key=lambda f: (feat['A'][f] + 1) / (feat['B'][f] + 1), reverse=True)[:5]
print('most A-ish:', [(f, feat['A'][f], feat['B'][f]) for f in top])
for n in ['emma', 'liam', 'zzz', 'mariette']:
    scores = {y: round(log_post(n, y), 3) for y in classes}
    print(f"{n:>9} -> {predict(n)} {scores}")

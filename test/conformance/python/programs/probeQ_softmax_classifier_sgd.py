import math
import random
import statistics
import re

data = [
    ("the movie was great and fun", 1),
    ("what a terrible boring film", 0),
    ("i loved the acting it was great", 1),
    ("awful plot and bad acting", 0),
    ("fun fun fun great time", 1),
    ("boring and terrible", 0),
    ("a great film with a fun plot", 1),
    ("bad bad movie", 0),
]

def tokenize(s):
    return re.findall(r"[a-z']+", s.lower())

vocab = sorted({w for s, _ in data for w in tokenize(s)})
w2i = {w: i for i, w in enumerate(vocab)}
print(len(vocab), vocab[:5])

def featurize(s):
    x = [0.0] * len(vocab)
    for w in tokenize(s):
        if w in w2i:
            x[w2i[w]] += 1.0
    return x

def one_hot(i, n):
    return [1.0 if j == i else 0.0 for j in range(n)]

def softmax(logits):
    m = max(logits)
    exps = [math.exp(l - m) for l in logits]
    s = sum(exps)
    return [e / s for e in exps]

random.seed(0)
K = 2
W = [[random.gauss(0, 0.01) for _ in range(len(vocab))] for _ in range(K)]
b = [0.0] * K
lr = 0.5
losses = []
for epoch in range(30):
    total = 0.0
    random.shuffle(data)
    for s, y in data:
        x = featurize(s)
        logits = [sum(wi * xi for wi, xi in zip(W[k], x)) + b[k] for k in range(K)]
        p = softmax(logits)
        total += -math.log(p[y])
        t = one_hot(y, K)
        for k in range(K):
            g = p[k] - t[k]
            for j, xj in enumerate(x):
                if xj:
                    W[k][j] -= lr * g * xj
            b[k] -= lr * g
    losses.append(total / len(data))
    if epoch % 5 == 0:
        print("epoch %2d loss %.3f" % (epoch, total / len(data)))

print(f"final {losses[-1]:e}")
print(f"final {losses[-1]:g} {losses[-1]:.3g} {losses[-1]:10.2e}|")
print("{:g} {:g} {:g} {:g}".format(1e-5, 123456789.0, 0.0001, 1e16))
print("{:e} {:.0e} {:E}".format(0.0, 12345.678, -1.5e-300))
print(round(losses[0], 3), round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(statistics.mean(losses[-5:]) < losses[0])
print(f"{statistics.mean([1, 2, 3, 4]):.2f} {statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]):.6f}")
print(statistics.median([3, 1, 4, 1, 5]), statistics.mode("aabbbc"), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.variance([1, 2, 3, 4, 5]), statistics.mean([1.0, 2.0]), statistics.mean([1, 2]))

for s in ["great fun", "terrible boring acting", "movie"]:
    x = featurize(s)
    p = softmax([sum(wi * xi for wi, xi in zip(W[k], x)) + b[k] for k in range(K)])
    pred = max(range(K), key=lambda k: p[k])
    print(f"{s!r:28} -> {pred} ({p[pred]:.1%})")
top = sorted(vocab, key=lambda w: W[1][w2i[w]] - W[0][w2i[w]], reverse=True)[:3]
print(top)
print(1e-7, 1e16, 1.5e-5, 123456789012345678.0, 0.1 + 0.2, 1/3, 2**0.5, -0.0, float('inf'), float('-nan'))
print(f"{1e22:f} {1e-7:f} {123.456:+08.2f} {-1.0:^9.1f}| {3.14159:.0f} {2.5:.0f} {1e300*10:f}")
print("%e %g %G %.2g %r %s" % (123.456, 1e-10, 1e-10, 0.000123456, 0.1, 1e100))

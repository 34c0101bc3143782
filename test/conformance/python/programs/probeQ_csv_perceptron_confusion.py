"""A perceptron on inline CSV data: csv over StringIO, split, train, confusion matrix."""
import csv
import io
import random
import statistics
from collections import defaultdict, Counter

DATA = """sepal_length,sepal_width,petal_length,petal_width,species
5.1,3.5,1.4,0.2,setosa
4.9,3.0,1.4,0.2,setosa
4.7,3.2,1.3,0.2,setosa
5.0,3.6,1.4,0.2,setosa
5.4,3.9,1.7,0.4,setosa
4.6,3.4,1.4,0.3,setosa
7.0,3.2,4.7,1.4,versicolor
6.4,3.2,4.5,1.5,versicolor
6.9,3.1,4.9,1.5,versicolor
5.5,2.3,4.0,1.3,versicolor
6.5,2.8,4.6,1.5,versicolor
5.7,2.8,4.5,1.3,versicolor
6.3,3.3,6.0,2.5,virginica
5.8,2.7,5.1,1.9,virginica
7.1,3.0,5.9,2.1,virginica
6.3,2.9,5.6,1.8,virginica
6.5,3.0,5.8,2.2,virginica
7.6,3.0,6.6,2.1,virginica
"""

rows = list(csv.DictReader(io.StringIO(DATA)))
print(len(rows), rows[0])
features = [k for k in rows[0] if k != "species"]
X = [[float(r[k]) for k in features] for r in rows]
labels = sorted({r["species"] for r in rows})
y = [labels.index(r["species"]) for r in rows]
print(features, labels)

# standardize
cols = list(zip(*X))
mus = [statistics.mean(c) for c in cols]
sds = [statistics.stdev(c) for c in cols]
print("means", [f"{m:.3f}" for m in mus])
print("stds ", [f"{s:.3f}" for s in sds])
X = [[(v - m) / s for v, m, s in zip(row, mus, sds)] for row in X]

rng = random.Random(3)
idx = list(range(len(X)))
rng.shuffle(idx)
train_idx, test_idx = idx[:12], idx[12:]
print("train", sorted(train_idx), "test", sorted(test_idx))

K = len(labels)
W = [[0.0] * len(features) for _ in range(K)]
b = [0.0] * K
for epoch in range(10):
    mistakes = 0
    for i in train_idx:
        scores = [sum(w * x for w, x in zip(W[k], X[i])) + b[k] for k in range(K)]
        pred = max(range(K), key=scores.__getitem__)
        if pred != y[i]:
            mistakes += 1
            for j, xj in enumerate(X[i]):
                W[y[i]][j] += xj
                W[pred][j] -= xj
            b[y[i]] += 1
            b[pred] -= 1
    print(f"epoch {epoch}: {mistakes} mistakes")
    if not mistakes:
        break

confusion = defaultdict(Counter)
for i in idx:
    scores = [sum(w * x for w, x in zip(W[k], X[i])) + b[k] for k in range(K)]
    confusion[labels[y[i]]][labels[max(range(K), key=scores.__getitem__)]] += 1
width = max(map(len, labels))
print(" " * width, *(f"{l[:5]:>6}" for l in labels))
for true in labels:
    print(f"{true:<{width}}", *(f"{confusion[true][p]:>6d}" for p in labels))
acc = sum(confusion[l][l] for l in labels) / len(idx)
print(f"accuracy: {acc:.2%} ({acc})")
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["class", "weights"])
for l, w in zip(labels, W):
    writer.writerow([l, " ".join(f"{v:+.2f}" for v in w)])
writer.writerow(["quoted, field", 'say "hi"'])
print(out.getvalue(), end="")
dw = csv.DictWriter(io.StringIO(), fieldnames=["a", "b"])
print(type(dw).__name__, dw.fieldnames)

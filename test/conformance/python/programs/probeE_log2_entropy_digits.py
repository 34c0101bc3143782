# math.log2 with CPython's last digit on Linux: glibc's log2 is Arm's table-driven algorithm
# (not correctly rounded), so the entropies and information gains of a decision tree, in bits,
# print the same digits only if every call rounds as glibc's does.
import math
import random
from collections import Counter

for x in [1.0880780956697578, 0.523639691062421, 0.7831802619221067, 0.27219451077911605,
          0.5, 1024.0, 3.0, 0.1, 1e-300, 5e-324, 0.96, 1.04, 1.0000001, 7e22]:
    print(repr(x), repr(math.log2(x)), repr(math.log(x, 2)))


def entropy(labels):
    n = len(labels)
    return -sum((c / n) * math.log2(c / n) for c in Counter(labels).values())


random.seed(9)
rows = [[random.randint(0, 3), random.randint(0, 2), random.random()] for _ in range(120)]
labels = ["yes" if r[0] + r[1] > 2 or r[2] > 0.8 else "no" for r in rows]
base = entropy(labels)
print("entropy", base)
for feature in range(2):
    groups = {}
    for r, l in zip(rows, labels):
        groups.setdefault(r[feature], []).append(l)
    rest = sum(len(g) / len(rows) * entropy(g) for g in groups.values())
    print("feature", feature, "gain", base - rest, "split entropies", [entropy(g) for k, g in sorted(groups.items())])
for t in [0.25, 0.5, 0.75]:
    left = [l for r, l in zip(rows, labels) if r[2] < t]
    right = [l for r, l in zip(rows, labels) if r[2] >= t]
    print(t, base - (len(left) * entropy(left) + len(right) * entropy(right)) / len(rows))
acc = 0
for i in range(1, 5000):
    acc ^= hash(math.log2(i / 313)) ^ hash(math.log2(i / 7919))
print(acc)

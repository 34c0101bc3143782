# trigram model with tuple keys, defaultdict(lambda: defaultdict(int)), log-prob eval
import math
from collections import defaultdict
import random as rnd

lines = []
with open("names.txt", "rt") as src:
    while True:
        line = src.readline()
        if not line:
            break
        lines.append(line.rstrip())
print(f"{len(lines)} lines, last={lines[-1]!r}")

tri = defaultdict(lambda: defaultdict(int))
for name in lines:
    s = "..%s." % name
    for i in range(len(s) - 2):
        tri[s[i:i+2]][s[i+2]] += 1

print(len(tri), "contexts;", sum(len(v) for v in tri.values()), "transitions")
ctx = max(tri, key=lambda k: sum(tri[k].values()))
print("busiest context:", repr(ctx), dict(sorted(tri[ctx].items(), key=lambda kv: -kv[1])[:4]))

alphabet = "." + "".join(sorted({c for n in lines for c in n}))
def prob(c2, nxt, alpha=0.1):
    row = tri.get(c2, {})
    return (row.get(nxt, 0) + alpha) / (sum(row.values()) + alpha * len(alphabet))

def score(word):
    s = ".." + word + "."
    return sum(-math.log(prob(s[i:i+2], s[i+2])) for i in range(len(s) - 2)) / (len(s) - 2)

for w in ["emma", "mian", "zzzz", lines[0], "ana"]:
    print(f"{w:>8s} {score(w):7.3f}", "*" if w in lines else "")
rnd.seed(10)
def sample():
    c2, out = "..", []
    for _ in range(30):
        r = rnd.random()
        acc = 0.0
        for ch in alphabet:
            acc += prob(c2, ch)
            if r < acc:
                break
        if ch == ".":
            break
        out.append(ch)
        c2 = c2[1] + ch
    return "".join(out)
samples = [sample() for _ in range(10)]
print(samples)
print("avg len %.2f" % (sum(map(len, samples)) / len(samples)))
print(sorted(samples, key=score)[:3])
print(f"{math.exp(score('ana')):.3f} perplexity", f"{math.log2(8):g}", f"{math.inf}", f"{-math.inf:>6}")
print(int("42") + int(" 7 "), int("ff", 16), float(" 1e3 "), float("-inf"), str(1e300 * 1e10))
print(divmod(17, 5), divmod(-17, 5), -17 // 5, -17 % 5, 7.5 // 2, 2 ** -1, 10 ** 20, 2 ** 0.5)

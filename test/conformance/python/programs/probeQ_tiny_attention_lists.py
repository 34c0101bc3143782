"""Self-attention on lists of lists: matmul, transpose, softmax with a causal mask."""
import math
import random

random.seed(1337)
T, C, H = 4, 6, 3


def randn(rows, cols, scale=1.0):
    return [[random.gauss(0, 1) * scale for _ in range(cols)] for _ in range(rows)]


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def softmax_row(row):
    m = max(row)
    e = [math.exp(v - m) for v in row]
    s = sum(e)
    return [v / s for v in e]


def show(name, m, fmt="{:7.3f}"):
    print(f"{name} ({len(m)}x{len(m[0])})")
    for r in m:
        print("  [" + ", ".join(fmt.format(v) for v in r) + "]")


x = randn(T, C)
Wq, Wk, Wv = randn(C, H, C ** -0.5), randn(C, H, C ** -0.5), randn(C, H, C ** -0.5)
q, k, v = matmul(x, Wq), matmul(x, Wk), matmul(x, Wv)
wei = matmul(q, transpose(k))
wei = [[w * H ** -0.5 for w in row] for row in wei]
tril = [[1 if j <= i else 0 for j in range(T)] for i in range(T)]
wei = [[w if tril[i][j] else float('-inf') for j, w in enumerate(row)] for i, row in enumerate(wei)]
show("masked", wei, "{:>7.3f}")
wei = [softmax_row(r) for r in wei]
show("wei", wei)
out = matmul(wei, v)
show("out", out, "{:+.4f}")
print([round(sum(r), 12) for r in wei])
print(float('-inf'), -math.inf == float('-inf'), math.exp(float('-inf')), max(float('-inf'), -1e308))
print(f"{float('inf'):7.3f}|{float('nan'):>6}|{-math.inf:e}|{math.nan:g}")
# bag of words average with cumulative sums
xbow = []
for t in range(T):
    prev = x[:t + 1]
    xbow.append([sum(col) / len(prev) for col in zip(*prev)])
show("xbow", xbow, "{:.2f}")
# layer norm
def layernorm(row, eps=1e-5):
    mu = sum(row) / len(row)
    var = sum((r - mu) ** 2 for r in row) / len(row)
    return [(r - mu) / math.sqrt(var + eps) for r in row]
ln = [layernorm(r) for r in x]
print([f"{sum(r):.1e}" for r in ln])
print([f"{sum(a * a for a in r) / C:.5f}" for r in ln])
print(len(str(x[0][0])), repr(round(x[0][0], 3)), sum(map(len, x)))

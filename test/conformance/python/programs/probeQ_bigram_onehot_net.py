"""makemore part 1, second half: the bigram model as a one-layer net on one-hot inputs."""
import math
import random

words = "anna bob carla dave eve frank gina hank ivy jack kara liam mona nate olga paul".split()
chars = sorted(set("".join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi["."] = 0
itos = {i: s for s, i in stoi.items()}
V = len(stoi)

xs, ys = [], []
for w in words:
    chs = ["."] + list(w) + ["."]
    for c1, c2 in zip(chs, chs[1:]):
        xs.append(stoi[c1])
        ys.append(stoi[c2])
num = len(xs)
print("number of examples:", num, "vocab:", V)
print("xs[:8] =", xs[:8])
print("ys[:8] =", ys[:8])


def one_hot(i, n):
    v = [0.0] * n
    v[i] = 1.0
    return v


enc = [one_hot(x, V) for x in xs[:3]]
print([row.index(1.0) for row in enc], sum(map(sum, enc)))

g = random.Random(2147483647)
W = [[g.gauss(0.0, 1.0) for _ in range(V)] for _ in range(V)]
print(f"W[0][:3] = {[round(w, 4) for w in W[0][:3]]}")

for k in range(30):
    # forward: logits = one_hot(x) @ W is just row x of W
    loss = 0.0
    grads = [[0.0] * V for _ in range(V)]
    for x, y in zip(xs, ys):
        logits = W[x]
        m = max(logits)
        counts = [math.exp(l - m) for l in logits]
        s = sum(counts)
        probs = [c / s for c in counts]
        loss += -math.log(probs[y])
        for j in range(V):
            grads[x][j] += (probs[j] - (1.0 if j == y else 0.0)) / num
    reg = 0.01 * sum(w * w for row in W for w in row) / (V * V)
    loss = loss / num + reg
    for i in range(V):
        for j in range(V):
            W[i][j] -= 50 * (grads[i][j] + 0.01 * 2 * W[i][j] / (V * V))
    if k % 5 == 0 or k == 29:
        print(f"iter {k:2d}: loss = {loss:.4f}")

for i in range(5):
    out = []
    ix = 0
    while True:
        logits = W[ix]
        m = max(logits)
        p = [math.exp(l - m) for l in logits]
        ix = g.choices(range(V), weights=p, k=1)[0]
        out.append(itos[ix])
        if ix == 0:
            break
    print("".join(out))

probs_row = [math.exp(v) for v in W[stoi["a"]]]
tot = sum(probs_row)
best = sorted(range(V), key=lambda j: probs_row[j], reverse=True)[:3]
print("after 'a':", [(itos[j], f"{probs_row[j] / tot:.3f}") for j in best])
print(f"{'char':>4} | {'p(next=.)':>9}")
for c in "aeiou":
    r = [math.exp(v) for v in W[stoi[c]]]
    print(f"{c:>4} | {r[0] / sum(r):9.3%}")

# Bigram counts with a nested list, pretty printed, then sampled.
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(HERE, "names.txt")
words = open(path, "r").read().splitlines()
print("read", len(words), "words from", os.path.basename(path))
print("shortest:", min(len(w) for w in words), "longest:", max(len(w) for w in words))

chars = sorted(set(''.join(words)))
stoi = {ch: i + 1 for i, ch in enumerate(chars)}
stoi['.'] = 0
itos = {i: ch for ch, i in stoi.items()}
V = len(stoi)
print(f"vocab: {V} symbols ->", ''.join(itos[i] for i in range(V)))

N = [[0] * V for _ in range(V)]
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        N[stoi[ch1]][stoi[ch2]] += 1

# header row
print("    " + "".join(itos[j].rjust(4) for j in range(V)))
for i in range(V):
    print(itos[i].ljust(4) + "".join(str(N[i][j]).rjust(4) for j in range(V)))

total = sum(map(sum, N))
print("total bigrams:", total)

# smoothed probabilities
P = []
for row in N:
    s = sum(row) + V
    P.append([(c + 1) / s for c in row])
print("row 0 sums to", round(sum(P[0]), 10))

random.seed(2147483647)
for _ in range(8):
    out = []
    ix = 0
    while True:
        ix = random.choices(range(V), weights=P[ix])[0]
        if ix == 0:
            break
        out.append(itos[ix])
    print(''.join(out))

import math
log_likelihood = 0.0
n = 0
for w in words[:5]:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        prob = P[stoi[ch1]][stoi[ch2]]
        logprob = math.log(prob)
        log_likelihood += logprob
        n += 1
        print(f'{ch1}{ch2}: {prob:.4f} {logprob:.4f}')
print(f'{log_likelihood=}')
nll = -log_likelihood
print(f'{nll=}')
print(f'{nll/n:.4f}')

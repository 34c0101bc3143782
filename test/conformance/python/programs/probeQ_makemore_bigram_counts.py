"""makemore part 1: bigram character model, counts in nested lists."""
import random
import math

words = """emma olivia ava isabella sophia charlotte mia amelia harper evelyn
abigail emily elizabeth mila ella avery sofia camila aria scarlett victoria madison
luna grace chloe penelope layla riley zoey nora lily eleanor hannah lillian addison
aubrey ellie stella natalie zoe leah hazel violet aurora savannah audrey brooklyn""".split()

print(len(words), min(len(w) for w in words), max(len(w) for w in words))
print(words[:8])

chars = sorted(list(set(''.join(words))))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
print(len(itos), itos[1], itos[len(itos) - 1])

N = [[0] * len(stoi) for _ in range(len(stoi))]
b = {}
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        ix1, ix2 = stoi[ch1], stoi[ch2]
        N[ix1][ix2] += 1
        bigram = (ch1, ch2)
        b[bigram] = b.get(bigram, 0) + 1

top = sorted(b.items(), key=lambda kv: -kv[1])[:10]
for (a, c), n in top:
    print(f"{a}{c}: {n}")

# row 0 as probabilities
p = [x / sum(N[0]) for x in N[0]]
print([round(x, 4) for x in p[:6]])
print(f"{sum(p):.6f}")

# model smoothing: P = (N+1) normalized
P = []
for row in N:
    s = sum(row) + len(row)
    P.append([(x + 1) / s for x in row])

g = random.Random(2147483647)
for i in range(8):
    out = []
    ix = 0
    while True:
        ix = g.choices(range(len(P)), weights=P[ix], k=1)[0]
        out.append(itos[ix])
        if ix == 0:
            break
    print(''.join(out))

log_likelihood = 0.0
n = 0
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        prob = P[stoi[ch1]][stoi[ch2]]
        log_likelihood += math.log(prob)
        n += 1
print(f'{log_likelihood=}')
nll = -log_likelihood
print(f'{nll=}')
print(f'{nll/n:.4f}')
print(f"avg nll {nll / n!r:>25}")

for w in ['andrejq', 'emma']:
    chs = ['.'] + list(w) + ['.']
    ll = 0.0
    for ch1, ch2 in zip(chs, chs[1:]):
        if ch1 not in stoi or ch2 not in stoi:
            print(f"  unknown char in {w!r}: {ch1!r}{ch2!r}")
            continue
        prob = P[stoi[ch1]][stoi[ch2]]
        logprob = math.log(prob)
        ll += logprob
        print(f'{ch1}{ch2}: {prob:.4f} {logprob:.4f}')
    print(w, f'{-ll:.4f}')

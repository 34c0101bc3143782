"""Trigram character model with add-k smoothing, train/dev/test split, and a grid search on k."""
import math
import random
from collections import Counter, defaultdict

NAMES = """emma olivia ava isabella sophia charlotte mia amelia harper evelyn abigail emily elizabeth
mila ella avery sofia camila aria scarlett victoria madison luna grace chloe penelope layla riley
zoey nora lily eleanor hannah lillian addison aubrey ellie stella natalie zoe leah hazel violet
aurora savannah audrey brooklyn bella claire skylar lucy paisley everly anna caroline nova genesis
emilia kennedy samantha maya willow kinsley naomi aaliyah elena sarah ariana allison gabriella alice""".split()

rng = random.Random(1234)
words = NAMES[:]
rng.shuffle(words)
n1, n2 = int(0.8 * len(words)), int(0.9 * len(words))
splits = {"train": words[:n1], "dev": words[n1:n2], "test": words[n2:]}
print({k: len(v) for k, v in splits.items()})

chars = ["."] + sorted(set("".join(words)))
V = len(chars)
stoi = {c: i for i, c in enumerate(chars)}

def trigrams(ws):
    for w in ws:
        cs = ["."] * 2 + list(w) + ["."]
        for a, b, c in zip(cs, cs[1:], cs[2:]):
            yield (a, b), c

counts: dict = defaultdict(Counter)
for ctx, nxt in trigrams(splits["train"]):
    counts[ctx][nxt] += 1
print(f"{len(counts)} contexts, {sum(map(len, counts.values()))} distinct trigrams")
top = sorted(((ctx, c, n) for ctx, cnt in counts.items() for c, n in cnt.items()), key=lambda t: (-t[2], t[0], t[1]))[:8]
for (a, b), c, n in top:
    print(f"  {a}{b} -> {c}: {n:3d}")

def prob(ctx, c, k):
    cnt = counts.get(ctx)
    total = sum(cnt.values()) if cnt else 0
    return ((cnt[c] if cnt else 0) + k) / (total + k * V)

def nll(ws, k):
    s, n = 0.0, 0
    for ctx, c in trigrams(ws):
        s -= math.log(prob(ctx, c, k))
        n += 1
    return s / n

print("k".rjust(8), "train".rjust(9), "dev".rjust(9))
best = None
for k in [0.001, 0.01, 0.1, 0.5, 1, 2]:
    tr, dv = nll(splits["train"], k), nll(splits["dev"], k)
    print(f"{k:>8g} {tr:9.4f} {dv:9.4f}", "*" if best is None or dv < best[1] else "")
    if best is None or dv < best[1]:
        best = (k, dv)
k = best[0]
print(f"best k={k} dev={best[1]:.4f} test={nll(splits['test'], k):.4f}")

g = random.Random(2147483647)
for _ in range(8):
    ctx, out = (".", "."), []
    while True:
        ps = [prob(ctx, c, k) for c in chars]
        c = g.choices(chars, weights=ps)[0]
        if c == "." or len(out) > 20:
            break
        out.append(c)
        ctx = (ctx[1], c)
    print("".join(out).capitalize() or "<empty>", end=" ")
print()
ppl = math.exp(nll(splits["test"], k))
print("perplexity: %.3f (%s)" % (ppl, "good" if ppl < V else "bad"), "vocab={}".format(V), round(ppl, 1))

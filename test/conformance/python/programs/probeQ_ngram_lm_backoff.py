"""Word n-gram language model with stupid backoff, perplexity and generation."""
import math
import random
import re
from collections import Counter, defaultdict
from itertools import islice, chain
from typing import Dict, List, Tuple

TEXT = """
The cat sat on the mat. The dog sat on the log. The cat saw the dog.
The dog saw the cat! Did the cat like the dog? No, the cat did not.
A bird sat on the cat's mat; the cat was not amused -- it hissed.
"""

BOS, EOS = "<s>", "</s>"


def sentences(text: str) -> List[List[str]]:
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    out = []
    for p in parts:
        toks = re.findall(r"[a-z]+(?:'[a-z]+)?|[.,!?;]|--", p.lower())
        if toks:
            out.append(toks)
    return out


def ngrams(tokens: List[str], n: int):
    padded = [BOS] * (n - 1) + tokens + [EOS]
    return zip(*(padded[i:] for i in range(n)))


class NGramLM:
    def __init__(self, n: int = 3, alpha: float = 0.4):
        self.n, self.alpha = n, alpha
        self.counts: Dict[int, Counter] = {k: Counter() for k in range(1, n + 1)}
        self.context: Dict[int, Counter] = {k: Counter() for k in range(1, n + 1)}
        self.vocab = set()

    def fit(self, sents: List[List[str]]) -> "NGramLM":
        for s in sents:
            self.vocab.update(s)
            self.vocab.add(EOS)
            for k in range(1, self.n + 1):
                for g in ngrams(s, k):
                    self.counts[k][g] += 1
                    self.context[k][g[:-1]] += 1
        return self

    def score(self, word: str, ctx: Tuple[str, ...]) -> float:
        ctx = ctx[-(self.n - 1):] if self.n > 1 else ()
        factor = 1.0
        while ctx:
            g = ctx + (word,)
            k = len(g)
            if self.counts[k][g] > 0:
                return factor * self.counts[k][g] / self.context[k][ctx]
            factor *= self.alpha
            ctx = ctx[1:]
        total = sum(self.counts[1].values())
        return factor * (self.counts[1][(word,)] + 1) / (total + len(self.vocab))

    def perplexity(self, sents: List[List[str]]) -> float:
        logp, n = 0.0, 0
        for s in sents:
            ctx = (BOS,) * (self.n - 1)
            for w in s + [EOS]:
                logp += math.log2(self.score(w, ctx))
                ctx = ctx + (w,)
                n += 1
        return 2 ** (-logp / n)

    def generate(self, rng: random.Random, max_len: int = 15) -> str:
        ctx = (BOS,) * (self.n - 1)
        words = []
        vocab = sorted(self.vocab)
        for _ in range(max_len):
            weights = [self.score(w, ctx) for w in vocab]
            w = rng.choices(vocab, weights=weights)[0]
            if w == EOS:
                break
            words.append(w)
            ctx = ctx + (w,)
        return " ".join(words)


sents = sentences(TEXT)
for s in sents[:3]:
    print(s)
print(len(sents), sum(map(len, sents)))
print(list(ngrams(["a", "b"], 3)))
for n in (1, 2, 3):
    lm = NGramLM(n).fit(sents)
    print(f"n={n} |V|={len(lm.vocab)} ppl={lm.perplexity(sents):.3f} top={lm.counts[n].most_common(2)}")
lm = NGramLM(3).fit(sents)
print(f"{lm.score('sat', (BOS, 'the')):.4f} {lm.score('cat', ('the',)):.4f} {lm.score('zebra', ('the',)):.6f}")
rng = random.Random(1234)
for _ in range(5):
    print(lm.generate(rng).capitalize())
heldout = sentences("The bird saw the dog. A cat sat on the log.")
print(f"held-out ppl {lm.perplexity(heldout):.2f}")
uni = lm.counts[1]
print(sorted(((w[0], c) for w, c in uni.items() if c >= 5), key=lambda x: (-x[1], x[0])))
follows = defaultdict(set)
for (a, b), c in lm.counts[2].items():
    follows[a].add(b)
print({k: sorted(v) for k, v in islice(sorted(follows.items()), 4)})
print(list(islice(chain.from_iterable(sents), 5, 12)))

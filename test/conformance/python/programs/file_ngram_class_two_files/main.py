"""N-gram language model class with classmethod constructors and two files opened together."""
from __future__ import annotations
import math
import contextlib
from pathlib import Path
from collections import Counter, defaultdict

class NGramLM:
    __slots__ = ('n', 'counts', 'context_totals', 'vocab')
    BOS, EOS = '<', '>'

    def __init__(self, n: int = 2) -> None:
        self.n = n
        self.counts: defaultdict[str, Counter] = defaultdict(Counter)
        self.context_totals: Counter = Counter()
        self.vocab: set[str] = {self.EOS}

    @classmethod
    def from_file(cls, path: str | Path, n: int = 2) -> "NGramLM":
        model = cls(n)
        model.fit(Path(path).read_text().splitlines())
        return model

    @staticmethod
    def pad(word: str, n: int) -> str:
        return NGramLM.BOS * (n - 1) + word + NGramLM.EOS

    def fit(self, words):
        for w in words:
            self.vocab.update(w)
            s = self.pad(w, self.n)
            for i in range(self.n - 1, len(s)):
                ctx = s[i - self.n + 1:i]
                self.counts[ctx][s[i]] += 1
                self.context_totals[ctx] += 1
        return self

    @property
    def num_contexts(self) -> int:
        return len(self.counts)

    def prob(self, ctx: str, ch: str, k: float = 0.5) -> float:
        return (self.counts[ctx][ch] + k) / (self.context_totals[ctx] + k * len(self.vocab))

    def nll(self, word: str) -> float:
        s = self.pad(word, self.n)
        total = 0.0
        for i in range(self.n - 1, len(s)):
            total -= math.log(self.prob(s[i - self.n + 1:i], s[i]))
        return total / (len(s) - self.n + 1)

    def __str__(self):
        return f"{type(self).__name__}(n={self.n}, contexts={self.num_contexts}, vocab={len(self.vocab)})"

models = {n: NGramLM.from_file('names.txt', n) for n in (1, 2, 3)}
for n, m in models.items():
    print(m)
with open('names.txt') as a, open('extra.txt') as b:
    for i, (x, y) in enumerate(zip(a, b), start=1):
        if i > 4:
            break
        x, y = x.strip(), y.strip()
        cells = [f"{models[n].nll(w):6.3f}" for w in (x, y) for n in (1, 2, 3)]
        print(f"{i}. {x:<10}{y:<10}", ' '.join(cells))
with contextlib.suppress(FileNotFoundError):
    open('missing.txt')
    print('not printed')
try:
    m = models[2]
    m.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
else:
    print('no error')
finally:
    print('finally runs')
best = {n: min(Path('extra.txt').read_text().split(), key=models[n].nll) for n in models}
print(best)
print(NGramLM.pad('ab', 3), NGramLM.BOS, hasattr(models[1], '__dict__'), NGramLM.__slots__)
rare = {ctx: c for ctx, c in models[2].context_totals.items() if c < 5}
print(len(rare), sorted(rare.items())[:3])

# A makemore-style character bigram model: Counter/defaultdict statistics, softmax and
# NLL on scalar Values with lambda backward closures, an iterative DFS, random.choices sampling.
"""A character bigram model trained with a scalar autograd engine (makemore in miniature)."""
import math
import random
from collections import Counter, defaultdict

WORDS = ["emma", "olivia", "ava", "isabella", "sophia", "mia", "amelia", "harper", "evelyn", "abigail"]


class Value:
    __slots__ = ("data", "grad", "_back", "_kids")

    def __init__(self, data, kids=()):
        self.data = data
        self.grad = 0.0
        self._back = None
        self._kids = kids

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other))
        out._back = lambda: (self._acc(out.grad), other._acc(out.grad))
        return out

    def __radd__(self, other):
        return self + other

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other))
        out._back = lambda: (self._acc(other.data * out.grad), other._acc(self.data * out.grad))
        return out

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1.0

    def _acc(self, g):
        self.grad += g

    def exp(self):
        out = Value(math.exp(self.data), (self,))
        out._back = lambda: self._acc(out.data * out.grad)
        return out

    def log(self):
        out = Value(math.log(self.data), (self,))
        out._back = lambda: self._acc(out.grad / self.data)
        return out

    def inv(self):
        out = Value(1.0 / self.data, (self,))
        out._back = lambda: self._acc(-out.grad / self.data ** 2)
        return out

    def backward(self):
        order, seen, stack = [], set(), [(self, iter(self._kids))]
        seen.add(id(self))
        while stack:
            node, kids = stack[-1]
            for k in kids:
                if id(k) not in seen:
                    seen.add(id(k))
                    stack.append((k, iter(k._kids)))
                    break
            else:
                stack.pop()
                order.append(node)
        self.grad = 1.0
        for node in reversed(order):
            if node._back is not None:
                node._back()


chars = sorted(set("".join(WORDS)))
stoi = {c: i + 1 for i, c in enumerate(chars)}
stoi["."] = 0
itos = {i: c for c, i in stoi.items()}
V = len(stoi)
print(f"vocab={V}", "".join(itos[i] for i in range(V)))

pairs = Counter()
for w in WORDS:
    seq = ["."] + list(w) + ["."]
    for a, b in zip(seq, seq[1:]):
        pairs[a, b] += 1
print(pairs.most_common(5))
starts = defaultdict(int)
for (a, b), n in pairs.items():
    if a == ".":
        starts[b] += n
print(sorted(starts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

random.seed(5)
W = [[Value(random.gauss(0, 0.1)) for _ in range(V)] for _ in range(V)]
data = [(stoi[a], stoi[b]) for (a, b), n in sorted(pairs.items()) for _ in range(n)]
print(len(data), "training pairs")

for step in range(4):
    batch = random.sample(data, 12)
    loss = Value(0.0)
    for x, y in batch:
        logits = W[x]
        exps = [l.exp() for l in logits]
        total = sum(exps, Value(0.0))
        loss = loss + -(exps[y] * total.inv()).log()
    loss = loss * (1.0 / len(batch))
    for row in W:
        for w in row:
            w.grad = 0.0
    loss.backward()
    for row in W:
        for w in row:
            w.data -= 10.0 * w.grad
    print(f"step {step}: nll={loss.data:.4f}")


def sample(rng, limit=12):
    out, ix = [], 0
    while len(out) < limit:
        ps = [math.exp(w.data) for w in W[ix]]
        z = sum(ps)
        ix = rng.choices(range(V), weights=[p / z for p in ps])[0]
        if ix == 0:
            break
        out.append(itos[ix])
    return "".join(out)


rng = random.Random(42)
print([sample(rng) for _ in range(3)])

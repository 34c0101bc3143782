"""A tiny character-level GPT, trained on names.txt with a scalar autograd engine written here.

Every number of the model is a `Value`: one float and its gradient. A forward pass builds the
graph of all the operations that produced the loss; `backward()` walks it in reverse
topological order and applies the chain rule. Nothing else is needed: no numpy, no torch.

Runs unchanged under CPython (`python3 tiny_gpt.py [steps]`) and in ToyGrad, which also draws
the loss curve while it trains.
"""

import math
import random
import sys

STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
N_EMBD, N_HEAD, BLOCK_SIZE = 16, 4, 10
LEARNING_RATE, BETA1, BETA2, EPS = 0.01, 0.9, 0.99, 1e-8

try:
    log  # ToyGrad's loss-curve panel; plain Python has no such name
    has_curve = True
except NameError:
    has_curve = False


class Value:
    """A scalar in the graph: its data, its gradient, its inputs and d(self)/d(input) for each."""

    __slots__ = ("data", "grad", "_inputs", "_local_grads")

    def __init__(self, data, inputs=(), local_grads=()):
        self.data = data
        self.grad = 0.0
        self._inputs = inputs
        self._local_grads = local_grads

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def __pow__(self, k):
        return Value(self.data**k, (self,), (k * self.data ** (k - 1),))

    def exp(self):
        e = math.exp(self.data)
        return Value(e, (self,), (e,))

    def log(self):
        return Value(math.log(self.data), (self,), (1.0 / self.data,))

    def relu(self):
        return Value(max(0.0, self.data), (self,), (1.0 if self.data > 0 else 0.0,))

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1.0

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * other**-1

    def backward(self):
        # Iterative depth-first search: a deep graph needs no deep recursion.
        order, seen, stack = [], {self}, [(self, 0)]
        while stack:
            node, i = stack.pop()
            if i < len(node._inputs):
                stack.append((node, i + 1))
                child = node._inputs[i]
                if child not in seen:
                    seen.add(child)
                    stack.append((child, 0))
            else:
                order.append(node)
        self.grad = 1.0
        for node in reversed(order):
            for child, local in zip(node._inputs, node._local_grads):
                child.grad += local * node.grad


# The data: one name per line; each name is a sequence of characters between two BOS marks.
with open("names.txt") as f:
    names = [line.strip() for line in f if line.strip()]
random.seed(42)
random.shuffle(names)
chars = sorted(set("".join(names)))
BOS = len(chars)
VOCAB = len(chars) + 1
print(f"{len(names)} names, {VOCAB} tokens: {''.join(chars)} and BOS")


def matrix(rows, cols, std=0.1):
    return [[Value(random.gauss(0, std)) for _ in range(cols)] for _ in range(rows)]


model = {
    "tok": matrix(VOCAB, N_EMBD),
    "pos": matrix(BLOCK_SIZE, N_EMBD),
    "wq": matrix(N_EMBD, N_EMBD),
    "wk": matrix(N_EMBD, N_EMBD),
    "wv": matrix(N_EMBD, N_EMBD),
    "wo": matrix(N_EMBD, N_EMBD, std=0.0),
    "fc1": matrix(4 * N_EMBD, N_EMBD),
    "fc2": matrix(N_EMBD, 4 * N_EMBD, std=0.0),
    "head": matrix(VOCAB, N_EMBD),
}
params = [p for m in model.values() for row in m for p in row]
print(f"{len(params)} parameters")


def matvec(w, x):
    return [sum(wi * xi for wi, xi in zip(row, x)) for row in w]


def rmsnorm(x):
    scale = (sum(xi * xi for xi in x) / len(x) + 1e-5) ** -0.5
    return [xi * scale for xi in x]


def softmax(logits):
    top = max(v.data for v in logits)
    exps = [(v - top).exp() for v in logits]
    total = sum(exps)
    return [e / total for e in exps]


def step_logits(token, pos, keys, vals):
    """The next-token logits at `pos`, attending to the keys and values of earlier positions."""
    x = [t + p for t, p in zip(model["tok"][token], model["pos"][pos])]
    h = rmsnorm(x)
    q = matvec(model["wq"], h)
    keys.append(matvec(model["wk"], h))
    vals.append(matvec(model["wv"], h))
    hd = N_EMBD // N_HEAD
    attended = []
    for head in range(N_HEAD):
        lo, hi = head * hd, (head + 1) * hd
        scores = [sum(a * b for a, b in zip(q[lo:hi], k[lo:hi])) / math.sqrt(hd) for k in keys]
        weights = softmax(scores)
        for j in range(lo, hi):
            attended.append(sum(w * v[j] for w, v in zip(weights, vals)))
    x = [a + b for a, b in zip(x, matvec(model["wo"], attended))]
    hidden = [v.relu() for v in matvec(model["fc1"], rmsnorm(x))]
    x = [a + b for a, b in zip(x, matvec(model["fc2"], hidden))]
    return matvec(model["head"], rmsnorm(x))


def name_loss(name):
    tokens = [BOS] + [chars.index(c) for c in name][: BLOCK_SIZE - 1] + [BOS]
    keys, vals, losses = [], [], []
    for pos in range(len(tokens) - 1):
        probs = softmax(step_logits(tokens[pos], pos, keys, vals))
        losses.append(-probs[tokens[pos + 1]].log())
    return sum(losses) / len(losses)


m = [0.0] * len(params)
v = [0.0] * len(params)
for step in range(STEPS):
    loss = name_loss(names[step % len(names)])
    for p in params:
        p.grad = 0.0
    loss.backward()
    lr = LEARNING_RATE * (1 - step / STEPS)
    for i, p in enumerate(params):
        m[i] = BETA1 * m[i] + (1 - BETA1) * p.grad
        v[i] = BETA2 * v[i] + (1 - BETA2) * p.grad**2
        m_hat = m[i] / (1 - BETA1 ** (step + 1))
        v_hat = v[i] / (1 - BETA2 ** (step + 1))
        p.data -= lr * m_hat / (math.sqrt(v_hat) + EPS)
    if has_curve:
        log(loss.data)
    if step % 10 == 0 or step == STEPS - 1:
        print(f"step {step:4d} loss {loss.data:.4f}")


def sample(temperature=0.6):
    keys, vals, token, out = [], [], BOS, ""
    for pos in range(BLOCK_SIZE):
        logits = step_logits(token, pos, keys, vals)
        probs = softmax([v * (1 / temperature) for v in logits])
        token = random.choices(range(VOCAB), weights=[p.data for p in probs])[0]
        if token == BOS:
            break
        out += chars[token]
    return out


print("samples:", ", ".join(sample() for _ in range(8)))

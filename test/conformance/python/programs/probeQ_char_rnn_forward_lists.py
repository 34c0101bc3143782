"""A character RNN's forward pass and sampling on lists (min-char-rnn style), seeded."""
import math
import random

data = "hello world. hello there. well hello!"
chars = sorted(set(data))
data_size, vocab_size = len(data), len(chars)
print(f"data has {data_size} characters, {vocab_size} unique.")
char_to_ix = {ch: i for i, ch in enumerate(chars)}
ix_to_char = {i: ch for i, ch in enumerate(chars)}

hidden_size, seq_length = 8, 6
rng = random.Random(0)
Wxh = [[rng.gauss(0, 1) * 0.01 for _ in range(vocab_size)] for _ in range(hidden_size)]
Whh = [[rng.gauss(0, 1) * 0.01 for _ in range(hidden_size)] for _ in range(hidden_size)]
Why = [[rng.gauss(0, 1) * 0.01 for _ in range(hidden_size)] for _ in range(vocab_size)]
bh = [0.0] * hidden_size
by = [0.0] * vocab_size


def matvec(M, v):
    return [sum(m * x for m, x in zip(row, v)) for row in M]


def add(*vs):
    return [sum(xs) for xs in zip(*vs)]


def lossFun(inputs, targets, hprev):
    xs, hs, ys, ps = {}, {}, {}, {}
    hs[-1] = list(hprev)
    loss = 0.0
    for t in range(len(inputs)):
        xs[t] = [0.0] * vocab_size
        xs[t][inputs[t]] = 1.0
        hs[t] = [math.tanh(v) for v in add(matvec(Wxh, xs[t]), matvec(Whh, hs[t - 1]), bh)]
        ys[t] = add(matvec(Why, hs[t]), by)
        m = max(ys[t])
        e = [math.exp(v - m) for v in ys[t]]
        s = sum(e)
        ps[t] = [v / s for v in e]
        loss += -math.log(ps[t][targets[t]])
    return loss, hs[len(inputs) - 1]


def sample(h, seed_ix, n):
    x = [0.0] * vocab_size
    x[seed_ix] = 1.0
    ixes = []
    for t in range(n):
        h = [math.tanh(v) for v in add(matvec(Wxh, x), matvec(Whh, h), bh)]
        y = add(matvec(Why, h), by)
        p = [math.exp(v) for v in y]
        total = sum(p)
        ix = rng.choices(range(vocab_size), weights=[q / total for q in p])[0]
        x = [0.0] * vocab_size
        x[ix] = 1.0
        ixes.append(ix)
    return ixes


hprev = [0.0] * hidden_size
smooth_loss = -math.log(1.0 / vocab_size) * seq_length
print(f"initial smooth loss {smooth_loss:.6f}")
p = 0
for n in range(8):
    if p + seq_length + 1 >= len(data):
        hprev = [0.0] * hidden_size
        p = 0
    inputs = [char_to_ix[ch] for ch in data[p:p + seq_length]]
    targets = [char_to_ix[ch] for ch in data[p + 1:p + seq_length + 1]]
    loss, hprev = lossFun(inputs, targets, hprev)
    smooth_loss = smooth_loss * 0.999 + loss * 0.001
    print(f"iter {n}, p={p:2d}, loss: {loss:.6f}, smooth: {smooth_loss:.6f}, window {data[p:p + seq_length]!r}")
    p += seq_length
sample_ix = sample(hprev, char_to_ix["h"], 30)
txt = "".join(ix_to_char[ix] for ix in sample_ix)
print("----\n %s \n----" % (txt,))
print(max(abs(v) for v in hprev) < 0.1, [f"{v:+.2e}" for v in hprev[:3]])

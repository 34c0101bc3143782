"""Adam on a tiny linear regression, the way blog posts write it out by hand."""
import math
import random
from typing import Callable, List, Sequence


def mse(pred: Sequence[float], target: Sequence[float]) -> float:
    return sum((p - t) ** 2 for p, t in zip(pred, target)) / len(pred)


class Adam:
    def __init__(self, n: int, lr: float = 1e-2, betas=(0.9, 0.999), eps: float = 1e-8, weight_decay: float = 0.0):
        self.lr, (self.b1, self.b2), self.eps, self.wd = lr, betas, eps, weight_decay
        self.m = [0.0] * n
        self.v = [0.0] * n
        self.t = 0

    def step(self, params: List[float], grads: List[float]) -> None:
        self.t += 1
        for i, (p, g) in enumerate(zip(params, grads)):
            g = g + self.wd * p
            self.m[i] = self.b1 * self.m[i] + (1 - self.b1) * g
            self.v[i] = self.b2 * self.v[i] + (1 - self.b2) * g * g
            mhat = self.m[i] / (1 - self.b1 ** self.t)
            vhat = self.v[i] / (1 - self.b2 ** self.t)
            params[i] = p - self.lr * mhat / (math.sqrt(vhat) + self.eps)

    def __repr__(self):
        return f"Adam(lr={self.lr}, betas={(self.b1, self.b2)}, eps={self.eps}, t={self.t})"


def cosine_lr(step: int, max_steps: int, base: float, warmup: int = 5, min_lr: float = 1e-4) -> float:
    if step < warmup:
        return base * (step + 1) / warmup
    ratio = (step - warmup) / max(1, max_steps - warmup)
    return min_lr + 0.5 * (base - min_lr) * (1 + math.cos(math.pi * ratio))


rng = random.Random(0)
true_w, true_b = [2.0, -3.5, 0.5], 1.25
X = [[rng.uniform(-1, 1) for _ in range(3)] for _ in range(64)]
Y = [sum(w * x for w, x in zip(true_w, xs)) + true_b + rng.gauss(0, 0.1) for xs in X]
params = [0.0, 0.0, 0.0, 0.0]
opt = Adam(len(params), lr=0.1)
print(opt)
steps = 60
history = []
for step in range(steps):
    opt.lr = cosine_lr(step, steps, 0.1)
    preds = [sum(w * x for w, x in zip(params[:3], xs)) + params[3] for xs in X]
    loss = mse(preds, Y)
    grads = [0.0] * 4
    for xs, p, y in zip(X, preds, Y):
        d = 2 * (p - y) / len(X)
        for j in range(3):
            grads[j] += d * xs[j]
        grads[3] += d
    gnorm = math.sqrt(sum(g * g for g in grads))
    clip = 1.0
    if gnorm > clip:
        grads = [g * clip / gnorm for g in grads]
    opt.step(params, grads)
    history.append(loss)
    if step % 10 == 0 or step == steps - 1:
        print(f"step {step:3d} | loss {loss:.6f} | lr {opt.lr:.4e} | norm {gnorm:.4f}")
print("params:", [f"{p:+.3f}" for p in params])
print("true:  ", [f"{p:+.3f}" for p in true_w + [true_b]])
print(opt)
print(f"best {min(history):.5f} at {history.index(min(history))}; worst {max(history):.3f}")
ema = None
for h in history[:8]:
    ema = h if ema is None else 0.9 * ema + 0.1 * h
print("ema", round(ema, 4))
schedule: List[float] = [cosine_lr(s, 20, 1.0) for s in range(0, 20, 4)]
print(*[f"{x:.3f}" for x in schedule], sep=' -> ')
fns: List[Callable[[float], float]] = [math.sqrt, abs, lambda x: x ** 2, math.log1p]
print([round(f(2.0), 4) for f in fns])

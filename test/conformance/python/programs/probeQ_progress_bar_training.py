"""A hand-made progress bar and loss table, as scripts print while training (no tqdm)."""
import math
import random
import sys


def progress(i: int, n: int, loss: float, width: int = 20) -> str:
    done = int(width * i / n)
    bar = "█" * done + "░" * (width - done)
    return f"\r|{bar}| {i:>3}/{n} {100 * i / n:5.1f}% loss={loss:.4f}"


class Smoother:
    def __init__(self, beta: float = 0.9):
        self.beta, self.avg, self.n = beta, 0.0, 0

    def __call__(self, x: float) -> float:
        self.n += 1
        self.avg = self.beta * self.avg + (1 - self.beta) * x
        return self.avg / (1 - self.beta ** self.n)


rng = random.Random(7)
w, b = rng.random(), rng.random()
data = [(x / 10, 2 * x / 10 - 1) for x in range(-10, 11)]
smooth = Smoother()
n_steps = 40
history = []
for step in range(1, n_steps + 1):
    x, y = rng.choice(data)
    pred = w * x + b
    err = pred - y
    loss = err * err
    w -= 0.1 * 2 * err * x
    b -= 0.1 * 2 * err
    s = smooth(loss)
    history.append(s)
    if step % 8 == 0 or step == n_steps:
        sys.stdout.write(progress(step, n_steps, s))
        sys.stdout.flush()
print()
print(f"w={w:.4f} b={b:.4f}")

# a table of the run
print("+" + "-" * 8 + "+" + "-" * 12 + "+")
print(f"|{'step':^8}|{'smoothed':^12}|")
print("+" + "=" * 8 + "+" + "=" * 12 + "+")
for i in range(0, n_steps, 10):
    print(f"|{i + 1:^8d}|{history[i]:^12.5f}|")
print("+" + "-" * 8 + "+" + "-" * 12 + "+")

# sparkline of the curve
ticks = "▁▂▃▄▅▆▇█"
lo, hi = min(history), max(history)
spark = "".join(ticks[min(len(ticks) - 1, int((h - lo) / (hi - lo + 1e-12) * len(ticks)))] for h in history)
print(spark, len(spark))
print("{:<10}{:>10}".format("min", f"{lo:.3e}"), "{:<10}{:>10}".format("max", f"{hi:.3e}"), sep="\n")
print("loss halved at step", next((i + 1 for i, h in enumerate(history) if h < history[0] / 2), None))
print(*(f"{h:.2f}" for h in history[:5]), sep=", ", end=" ...\n")
print("done", end="")
print(" (%d steps, final %.3g)" % (n_steps, history[-1]), file=sys.stdout)
sys.stdout.write("\n".join(["a", "b"]) + "\n")
print(repr("\r|██| 1/2"), len("█"), "█".encode())
print(math.ceil(n_steps / 8), "\t|tab", "end")

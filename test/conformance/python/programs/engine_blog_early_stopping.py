# Early stopping with patience, a custom exception hierarchy for divergence, try/finally
# and for/else in the loop, json.dumps of the results, and raise ... from.
import json
import math
import random
import sys


class TrainingError(Exception):
    """Base class for problems during training."""


class DivergedError(TrainingError):
    def __init__(self, step, loss):
        super().__init__(f"loss diverged at step {step}: {loss!r}")
        self.step = step
        self.loss = loss


class Scalar:
    def __init__(self, v, deps=()):
        self.v, self.g, self.deps = v, 0.0, deps

    def __add__(self, o):
        o = o if isinstance(o, Scalar) else Scalar(o)
        return Scalar(self.v + o.v, ((self, 1.0), (o, 1.0)))

    def __mul__(self, o):
        o = o if isinstance(o, Scalar) else Scalar(o)
        return Scalar(self.v * o.v, ((self, o.v), (o, self.v)))

    def __sub__(self, o):
        return self + o * -1.0

    __radd__ = __add__
    __rmul__ = __mul__

    def square(self):
        return self * self

    def backprop(self):
        # Accumulate along every path with an explicit stack (fine for tiny graphs).
        self.g = 1.0
        order = []
        seen = set()

        def visit(n):
            if id(n) in seen:
                return
            seen.add(id(n))
            for d, _ in n.deps:
                visit(d)
            order.append(n)

        visit(self)
        for n in order[::-1]:
            for d, local in n.deps:
                d.g += local * n.g


def fit(lr, steps=40, patience=3, seed=0):
    rng = random.Random(seed)
    xs = [rng.uniform(-2, 2) for _ in range(16)]
    ys = [0.7 * x - 0.2 for x in xs]
    w, b = Scalar(0.0), Scalar(0.0)
    best, bad, history = math.inf, 0, []
    try:
        for step in range(1, steps + 1):
            loss = sum(((w * x + b) - y).square() for x, y in zip(xs, ys)) * (1 / len(xs))
            if not math.isfinite(loss.v) or loss.v > 1e6:
                raise DivergedError(step, loss.v)
            w.g = b.g = 0.0
            loss.backprop()
            w.v -= lr * w.g
            b.v -= lr * b.g
            history.append(round(loss.v, 6))
            if loss.v < best - 1e-9:
                best, bad = loss.v, 0
            else:
                bad += 1
                if bad >= patience:
                    print(f"  early stop at step {step}")
                    break
        else:
            print("  ran all steps")
        return {"lr": lr, "w": round(w.v, 4), "b": round(b.v, 4), "best": round(best, 6), "tail": history[-3:]}
    finally:
        print(f"  fit(lr={lr}) done after {len(history)} recorded steps")


results = []
for lr in (0.05, 0.3, 1.2):
    print(f"lr = {lr}")
    try:
        results.append(fit(lr))
    except DivergedError as e:
        print("  diverged:", e, "| step", e.step, "| is TrainingError:", isinstance(e, TrainingError))
        results.append({"lr": lr, "error": type(e).__name__})
    except TrainingError:
        print("  unreachable")

print(json.dumps(results, indent=2, sort_keys=True))
best = min((r for r in results if "best" in r), key=lambda r: r["best"])
print("best lr:", best["lr"], file=sys.stdout)
try:
    try:
        fit(5.0, steps=10)
    except DivergedError as e:
        raise RuntimeError("hyperparameter search failed") from e
except RuntimeError as e:
    print(repr(e), "<-", repr(e.__cause__)[:40], e.__suppress_context__)

# exp, log and float ** print CPython's last digit: glibc's functions are not correctly
# rounded (about one result in a thousand is the other neighbour of the true value, and
# x ** 2 is not always x * x), and a training loop that divides by x ** -1 or normalises by
# x ** -0.5 carries those bits into every later step.
import math
import random

rng = random.Random(20261207)
xs = [rng.uniform(-40.0, 40.0) for _ in range(6000)]
ps = [rng.uniform(1e-3, 60.0) for _ in range(6000)]
tiny = [rng.uniform(0.0, 1e-300) for _ in range(500)]
near_one = [1.0 + rng.uniform(-0.07, 0.07) for _ in range(2000)]
huge = [rng.uniform(-745.0, 709.0) for _ in range(2000)]

checks = {
    "exp": [math.exp(x) for x in xs],
    "exp wide": [math.exp(x) for x in huge],
    "log": [math.log(p) for p in ps],
    "log near 1": [math.log(p) for p in near_one],
    "log subnormal": [math.log(t) for t in tiny if t > 0],
    "log10": [math.log10(p) for p in ps],
    "x ** 2": [p**2 for p in ps],
    "x ** 3": [x**3 for x in xs],
    "x ** -1": [p**-1 for p in ps],
    "x ** -0.5": [p**-0.5 for p in ps],
    "x ** 1.7": [p**1.7 for p in ps],
    "pow(x, y)": [math.pow(p, x / 8) for p, x in zip(ps, xs)],
    "x ** int": [x ** (i % 13 - 6) for i, x in enumerate(xs) if x != 0],
    "sinh, cosh": [math.sinh(x / 4) + math.cosh(x / 5) for x in xs],
}
for name, values in checks.items():
    print(f"{name:>14}: {len(values)} results, hash {hash(tuple(values))}")

print(math.exp(1e-300), math.exp(-745.1), math.exp(709.7), math.log(5e-324), 0.5**1074)
print(repr(16.387707514108282**-0.5), repr(math.exp(0.8429006951837386)), repr(47.889758448263066**0.5))


class Scalar:
    def __init__(self, data, parents=(), grads=()):
        self.data, self.grad, self.parents, self.grads = data, 0.0, parents, grads

    def __add__(self, o):
        o = o if isinstance(o, Scalar) else Scalar(o)
        return Scalar(self.data + o.data, (self, o), (1.0, 1.0))

    def __mul__(self, o):
        o = o if isinstance(o, Scalar) else Scalar(o)
        return Scalar(self.data * o.data, (self, o), (o.data, self.data))

    def __pow__(self, k):
        return Scalar(self.data**k, (self,), (k * self.data ** (k - 1),))

    def __truediv__(self, o):
        return self * o**-1

    def __sub__(self, o):
        return self + o * -1.0

    def exp(self):
        e = math.exp(self.data)
        return Scalar(e, (self,), (e,))

    def log(self):
        return Scalar(math.log(self.data), (self,), (1 / self.data,))

    def backward(self):
        order, seen = [], set()

        def visit(v):
            if id(v) not in seen:
                seen.add(id(v))
                for p in v.parents:
                    visit(p)
                order.append(v)

        visit(self)
        self.grad = 1.0
        for v in reversed(order):
            for p, g in zip(v.parents, v.grads):
                p.grad += g * v.grad


w = [Scalar(rng.uniform(-1, 1)) for _ in range(12)]
data = [([rng.uniform(-2, 2) for _ in range(3)], rng.randrange(4)) for _ in range(10)]
for step in range(15):
    loss = Scalar(0.0)
    for x, y in data:
        logits = [sum((w[3 * c + j] * x[j] for j in range(3)), Scalar(0.0)) for c in range(4)]
        ms = sum((z**2 for z in logits), Scalar(0.0)) / 4.0
        logits = [z * (ms + 1e-5) ** -0.5 for z in logits]
        exps = [z.exp() for z in logits]
        total = sum(exps, Scalar(0.0))
        loss = loss - (exps[y] / total).log()
    loss = loss / len(data)
    for p in w:
        p.grad = 0.0
    loss.backward()
    for p in w:
        p.data -= 0.3 * p.grad
    print(step, repr(loss.data), repr(w[0].grad))

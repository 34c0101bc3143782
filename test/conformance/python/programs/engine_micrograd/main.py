import math
import random

from micrograd.engine import Value
from micrograd.nn import MLP, Neuron

# The lecture's check: gradients of a small expression.
a = Value(-4.0)
b = Value(2.0)
c = a + b
d = a * b + b ** 3
c += c + 1
c += 1 + c + (-a)
d += d * 2 + (b + a).relu()
d += 3 * d + (b - a).relu()
e = c - d
f = e ** 2
g = f / 2.0
g += 10.0 / f
g.backward()
print(f"{g.data:.4f} {a.grad:.4f} {b.grad:.4f}")

# Two interleaved half circles, 24 points, a little uniform noise.
random.seed(1337)
X, y = [], []
for i in range(12):
    t = math.pi * i / 11
    X.append([math.cos(t) + random.uniform(-0.1, 0.1), math.sin(t) + random.uniform(-0.1, 0.1)])
    y.append(-1)
    X.append([1 - math.cos(t) + random.uniform(-0.1, 0.1), 0.5 - math.sin(t) + random.uniform(-0.1, 0.1)])
    y.append(1)

model = MLP(2, [8, 8, 1])
print(model)
print("number of parameters", len(model.parameters()))
print(Neuron(3, nonlin=False))


def loss():
    inputs = [list(map(Value, xrow)) for xrow in X]
    scores = list(map(model, inputs))
    losses = [(1 + -yi * scorei).relu() for yi, scorei in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    alpha = 1e-4
    reg_loss = alpha * sum((p * p for p in model.parameters()))
    total = data_loss + reg_loss
    accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
    return total, sum(accuracy) / len(accuracy)


for k in range(6):
    total_loss, acc = loss()
    model.zero_grad()
    total_loss.backward()
    learning_rate = 1.0 - 0.9 * k / 100
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    print(f"step {k} loss {total_loss.data:.10f}, accuracy {acc * 100:.1f}%")

import math
import random

random.seed(7)
W1 = [[random.uniform(-1, 1) for _ in range(2)] for _ in range(4)]
b1 = [0.0] * 4
W2 = [random.uniform(-1, 1) for _ in range(4)]


def forward(x):
    h = [math.tanh(sum(w * xi for w, xi in zip(row, x)) + b) for row, b in zip(W1, b1)]
    return sum(w * hi for w, hi in zip(W2, h))


for x in [(0.0, 0.0), (1.0, -1.0), (0.5, 2.0)]:
    print(x, forward(x))

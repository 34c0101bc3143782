import math

for x in [-1.5, -0.1, 0.0, 0.3, 2.0]:
    t = math.tanh(x)
    s = 1 / (1 + math.exp(-x))
    print(x, t, 1 - t ** 2, s, s * (1 - s), max(0.0, x))

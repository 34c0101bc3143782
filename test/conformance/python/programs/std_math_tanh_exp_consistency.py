import math

for x in [-3.0, -0.5, 0.0, 0.25, 1.0, 4.0]:
    t1 = math.tanh(x)
    t2 = (math.exp(2 * x) - 1) / (math.exp(2 * x) + 1)
    print(x, t1, t2, abs(t1 - t2) < 1e-12)

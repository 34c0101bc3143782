import random

random.seed(0)
print([random.gauss(0, 1) for _ in range(4)])
print(random.gauss(5, 0.1), random.gauss(mu=-1, sigma=2))
random.seed(7)
xs = [random.gauss(0, 0.02) for _ in range(6)]
print(xs)

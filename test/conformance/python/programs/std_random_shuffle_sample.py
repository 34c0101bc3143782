import random

random.seed(2024)
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(xs, 3), random.sample(range(1000), 4), random.sample("abcdef", 2))
ws = ["w%d" % i for i in range(6)]
random.shuffle(ws)
print(ws)

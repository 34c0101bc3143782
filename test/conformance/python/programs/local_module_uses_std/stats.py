import math
import random


def mean(xs):
    return sum(xs) / len(xs)


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / len(xs))


def sample_mean(n, seed=0):
    rng = random.Random(seed)
    return mean([rng.random() for _ in range(n)])

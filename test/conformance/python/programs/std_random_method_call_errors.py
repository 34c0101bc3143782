import random

# Lib/random.py's methods: a def's call errors under Random.NAME (self counted).
calls = [
    lambda: random.sample([1, 2]),
    lambda: random.sample([1, 2], 1, [1, 1]),
    lambda: random.sample([1], k=1, x=2),
    lambda: random.randrange(),
    lambda: random.randrange(1, 2, 3, 4),
    lambda: random.randrange(1, start=2),
    lambda: random.choices(),
    lambda: random.choices([1], [1], [1]),
    lambda: random.choices([1], kk=2),
    lambda: random.normalvariate(1, 2, 3),
    lambda: random.lognormvariate(1),
    lambda: random.expovariate(),
    lambda: random.triangular(1, 2, 3, 4),
    lambda: random.vonmisesvariate(),
    lambda: random.gammavariate(1),
    lambda: random.betavariate(1, 2, 3),
    lambda: random.paretovariate(),
    lambda: random.weibullvariate(1),
    lambda: random.getstate(1),
    lambda: random.setstate(),
    lambda: random.randbytes(),
    lambda: random.Random(0).sample([1]),
    lambda: random.Random(0).getstate(1, 2),
]
for f in calls:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)

picked = random.sample(range(10))

import random

# Lib/random.py's methods: a def's call errors under Random.NAME, self counted.
calls = [
    lambda: random.seed(1,2,3),
    lambda: random.shuffle(),
    lambda: random.shuffle([1],2),
    lambda: random.choice(),
    lambda: random.choice([1],2),
    lambda: random.uniform(a=1,b=2,c=3),
    lambda: random.uniform(1,a=2),
    lambda: random.randint(),
    lambda: random.gauss(x=1),
    lambda: random.random(x=1),
    lambda: random.random(1),
    lambda: random.Random().uniform(1),
    lambda: random.choice(seq=[1]),
    lambda: random.uniform(1),
    lambda: random.gauss(1,2,3),
    lambda: random.Random(1).randint(1, 2, 3),
    lambda: random.seed(a=1, version=2, x=3),
    lambda: random.randint(b=2),
]
for f in calls:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)

w = random.uniform(-1)

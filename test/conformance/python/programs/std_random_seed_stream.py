import random

random.seed(1337)
print(random.random(), random.random())
print([random.uniform(-1, 1) for _ in range(5)])
random.seed(42)
print(random.random(), random.uniform(3, 5), random.randint(1, 100))

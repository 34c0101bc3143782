import random

random.seed(99)
print([random.randint(0, 9) for _ in range(12)])
print([random.randrange(10) for _ in range(5)], random.randrange(5, 50, 5))
print(random.getrandbits(16), random.random())

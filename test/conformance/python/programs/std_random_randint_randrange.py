import random

random.seed(99)
print([random.randint(0, 9) for _ in range(12)])
print([random.randrange(10) for _ in range(5)], random.randrange(5, 50, 5))
print(random.getrandbits(16), random.random())

# randbytes: getrandbits(n * 8) as n little-endian bytes, from the same stream.
random.seed(1)
print(random.randbytes(5), random.randbytes(0), random.random(), random.Random(3).randbytes(3))

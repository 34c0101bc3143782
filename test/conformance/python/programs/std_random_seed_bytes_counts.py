# random seeded from bytes, bytearray and version=1 strings; randint/randrange beyond 2**53;
# sample with counts=: CPython 3.11's streams.
import random

for s in [b"bytes", b"", bytearray(b"ab")]:
    random.seed(s)
    print(random.random(), random.randint(1, 6))
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed(a=7)
print(random.random())
random.seed(2**64 + 5)
print(random.randint(-(10**20), 10**20), random.randint(2**60, 2**60 + 5))
print(random.randrange(10**30), random.randrange(-(10**25), 10**25, 3), random.randrange(2**53 + 1))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(3), counts=[100, 200, 300], k=20))
r = random.Random(3)
print(r.randint(-(2**70), 2**70), r.sample("abc", 4, counts=[1, 2, 1]))
for bad in [lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.sample([1, 2], 1, counts=[1.0, 2.0]),
            lambda: random.sample([1, 2], 1, counts=[0, 0]), lambda: random.sample([1, 2], 4, counts=[1, 2]),
            lambda: random.seed([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

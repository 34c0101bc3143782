# random.Random subclasses as test code writes them: a fixed random(), a counting wrapper
# around super().random(), and a getrandbits() of its own. CPython's distributions draw through
# the instance's random(); choice/shuffle/sample/randrange go through _randbelow, which uses
# getrandbits or, when the class defines only random(), random() itself.
import random


class Fixed(random.Random):
    def random(self):
        return 0.25


class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def random(self):
        self.calls += 1
        return super().random()


class Bits(random.Random):
    def __init__(self, seed):
        self.requests = []
        super().__init__(seed)

    def getrandbits(self, k):
        self.requests.append(k)
        return super().getrandbits(k)


f = Fixed(1)
print(f.random(), f.uniform(0, 8), f.randint(1, 100), f.randrange(0, 50, 5), f.choice("abcd"))
print(f.gauss(0, 1), f.normalvariate(0, 1), f.expovariate(2.0), f.triangular(0, 1, 0.5))
print(f.choices(range(10), k=4), f.sample(range(20), 3), f.betavariate(2, 3))
items = list(range(8))
f.shuffle(items)
print(items)

c = Counting(5)
log = [c.calls]
for call in (c.random, lambda: c.uniform(1, 2), lambda: c.choice("abc"),
             lambda: c.sample(range(10), 3), c.gauss, lambda: c.shuffle([1, 2, 3]),
             lambda: c.choices([1, 2], k=3), lambda: c.randrange(10)):
    value = call()
    log.append(c.calls)
print(log)
print(Counting(5).random() == random.Random(5).random())

b = Bits(9)
print(b.randrange(1000), b.choice(range(300)), b.sample(range(100), 2), b.requests)
print(b.random() == random.Random(9).random(), len(b.requests))
plain = random.Random(9)
print(plain.randrange(1000), Bits(9).randrange(1000))

import random

r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.uniform(0, 1), r2.uniform(0, 1))
random.seed(5)
print(random.random(), random.Random(5).random())

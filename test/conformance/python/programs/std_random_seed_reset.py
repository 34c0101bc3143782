import random

random.seed(11)
a = [random.random() for _ in range(3)]
random.seed(11)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed("hello")
print(random.random())
random.seed(3.5)
print(random.random())

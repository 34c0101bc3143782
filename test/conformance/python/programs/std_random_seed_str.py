import random

for s in ["", "a", "hello", "é✓ unicode", "x" * 200]:
    random.seed(s)
    print(repr(s[:12]), random.random(), random.randint(1, 100))
r = random.Random("micrograd")
print(r.uniform(-1, 1), r.choice("abc"))

import random

random.seed(42)
mat = [[random.gauss(0, 0.08) for _ in range(3)] for _ in range(2)]
for row in mat:
    print(" ".join(f"{v:+.10f}" for v in row))
print(random.random())

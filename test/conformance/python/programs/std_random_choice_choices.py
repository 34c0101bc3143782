import random

random.seed(3)
items = ["a", "b", "c", "d", "e"]
print(random.choice(items), random.choice("xyz"), random.choice(range(100)))
print(random.choices(items, k=6))
print(random.choices(items, weights=[10, 1, 1, 1, 5], k=8))
print(random.choices(range(3), cum_weights=[0.2, 0.5, 1.0], k=5))

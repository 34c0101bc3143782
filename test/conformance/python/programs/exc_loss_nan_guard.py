import math


def safe_log(x):
    if x <= 0:
        raise ValueError(f"log of non-positive {x}")
    return math.log(x)


total = 0.0
for p in [0.5, 0.25, 0.0, 1.0]:
    try:
        total += -safe_log(p)
    except ValueError as e:
        print("skipped:", e)
print(round(total, 6))

# asin, acos, atan, atan2 and tan correctly rounded (CPython's digits where V8's differ), and
# random.vonmisesvariate, whose acos is the same function.
import math
import random

random.seed(11)
for i in range(150):
    x = random.uniform(-1, 1)
    y = random.choice([1, -1]) * (1 - random.random() * 10 ** -random.randint(1, 15))
    z = random.uniform(-1, 1) * 10 ** random.randint(-20, 30)
    print(math.acos(x), math.asin(x), math.acos(y), math.asin(y), math.atan(z), math.tan(x * 10), math.tan(z) if abs(z) < 1e15 else 0)
random.seed(4)
print([random.vonmisesvariate(1.0, k) for k in (0.5, 1, 4, 50) for _ in range(25)])
random.seed(2)
for i in range(100):
    y = random.uniform(-1, 1) * 10 ** random.randint(-300, 300)
    x = random.uniform(-3, 3)
    print(math.atan2(y, x), math.atan2(x, random.uniform(-3, 3)), math.atan2(y, y * x))
vals = [0.0, -0.0, 1.0, -1.0, 5e-324, -5e-324, 1e-310, 1e300, -1.7976931348623157e308, float("inf"), -float("inf"), float("nan")]
for y in vals:
    print([math.atan2(y, x) for x in vals])

# math.log1p, atanh, asinh and acosh with CPython's last digit on Linux: glibc's log1p is
# fdlibm's with its polynomial regrouped (Estrin) and fused multiply-adds, so fdlibm's own
# (JavaScript's Math.log1p) misses about one argument in two thousand; atanh, asinh and acosh
# are built on it. Softplus, a numerically careful log-loss and Fisher's z use them.
import math
import random

for x in [0.3051471819243064, -0.21630674245363496, 1e-10, -0.0, 0.0, 5.0, -0.9999, 1e300]:
    print(repr(x), repr(math.log1p(x)), repr(math.asinh(x)))
for x in [0.3, -0.7, 0.49999, 0.5, 0.99, -1e-9]:
    print(repr(x), repr(math.atanh(x)), repr(math.acosh(1 + abs(x))))


def softplus(z):
    return max(z, 0.0) + math.log1p(math.exp(-abs(z)))


random.seed(5)
zs = [random.gauss(0, 3) for _ in range(400)]
print("softplus sum", sum(softplus(z) for z in zs))
ys = [random.randint(0, 1) for _ in zs]
print("log-loss", sum(softplus(z) - y * z for z, y in zip(zs, ys)) / len(zs))
rs = [random.uniform(-0.95, 0.95) for _ in range(200)]
print("mean Fisher z", sum(math.atanh(r) for r in rs) / len(rs))
acc = 0
for i in range(1, 6000):
    u = (i - 3000) / 3001
    acc ^= hash(math.log1p(u)) ^ hash(math.atanh(u)) ^ hash(math.asinh(i / 97)) ^ hash(math.acosh(1 + i / 500))
print(acc)

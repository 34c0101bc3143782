def naturals():
    n = 1
    while True:
        yield n
        n += 1


for x in naturals():
    if x * x > 50:
        break
    print(x, end=" ")
print()


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for f in fib():
    if f > 100:
        break
    out.append(f)
print(out)

def running_mean():
    total, n = 0.0, 0
    mean = None
    while True:
        x = yield mean
        total += x
        n += 1
        mean = total / n


m = running_mean()
print(next(m))
for v in [2, 4, 9]:
    print(m.send(v))

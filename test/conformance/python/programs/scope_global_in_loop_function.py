best = None


def consider(v):
    global best
    if best is None or v > best:
        best = v
        print("new best", v)


for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    consider(v)
print(best)

total = 0


def add(x):
    total += x
    return total


print("ok")
print(add(1))

def countdown(n):
    while True:
        if n < 0:
            raise ValueError(f"went below zero: {n}")
        yield n
        n -= 1


total = 0
for x in countdown(3):
    total += x
    print(total)

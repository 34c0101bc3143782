def perms(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i in range(len(xs)):
        for rest in perms(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + rest


print(list(perms([1, 2, 3])))
print(sum(1 for _ in perms(list(range(5)))))

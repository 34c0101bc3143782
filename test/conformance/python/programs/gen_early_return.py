def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            yield i
            return
    yield -1


print(list(first_negative([3, 1, -2, -5])), list(first_negative([1, 2])))

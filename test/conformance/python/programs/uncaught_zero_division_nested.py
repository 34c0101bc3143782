def mean(xs):
    return sum(xs) / len(xs)


def report(groups):
    for name, xs in groups:
        print(name, mean(xs))


report([("a", [1, 2, 3]), ("b", []), ("c", [1])])

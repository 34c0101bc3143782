def pairs(xs):
    for i in range(len(xs)):
        yield xs[i], xs[i + 1]


for a, b in pairs([1, 2, 3]):
    print(a, b)

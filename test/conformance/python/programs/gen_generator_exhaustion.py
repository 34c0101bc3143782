g = (i for i in range(3))
print(list(g), list(g), sum(g))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))

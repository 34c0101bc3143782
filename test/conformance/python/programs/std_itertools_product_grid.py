import itertools

grid = [(x, y) for x, y in itertools.product(range(3), repeat=2) if x != y]
print(grid, len(list(itertools.combinations(range(6), 2))))
print(list(itertools.pairwise([1, 2, 4, 7])))

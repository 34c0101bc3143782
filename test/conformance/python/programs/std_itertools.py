import itertools

print(list(itertools.chain([1, 2], "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.product("ab", repeat=2)), list(itertools.product([1, 2], "xy")))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 3)))
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.repeat("z", 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))

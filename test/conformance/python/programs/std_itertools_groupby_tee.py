from itertools import compress, cycle, filterfalse, groupby, islice, pairwise, tee, chain

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = [(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])]
print(groups)
it = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2), [k for k, _ in it])
print(list(groupby([])), list(pairwise("a")), list(pairwise("abc")))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "x"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])))
a, b, c = tee(iter(range(4)), 3)
print(next(a), next(a), list(b), list(a), list(c))
print(list(islice(cycle([]), 3)), list(chain.from_iterable(["ab", (1, 2)])))
print(chain.__name__, groupby.__name__)

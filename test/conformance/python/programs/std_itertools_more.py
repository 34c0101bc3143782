from itertools import groupby, zip_longest, takewhile, dropwhile, cycle, islice, starmap, tee

data = "aaabccdddd"
print([(k, len(list(g))) for k, g in groupby(data)])
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(islice(cycle("xy"), 5)), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))

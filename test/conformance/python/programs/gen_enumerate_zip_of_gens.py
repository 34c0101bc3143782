def letters():
    yield from "xyz"


for i, (c, n) in enumerate(zip(letters(), range(10, 13)), start=1):
    print(i, c, n)
print(list(map(str.upper, letters())), list(filter(lambda c: c != "y", letters())))

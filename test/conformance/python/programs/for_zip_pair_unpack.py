# `for x, y in zip(a, b)` stores x then y straight from the two iterators: every case the
# unpacking loop sees must behave as with the pair tuple.
a = [1, 2, 3, 4]
b = (10, 20, 30)
for x, y in zip(a, b):
    print(x, y)
print("after", x, y)

d = {}
for d["k"], d["v"] in zip("ab", [5, 6]):
    print(sorted(d.items()))


def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i


for x, y in zip(gen(3), [7, 8]):
    print("pair", x, y)

for x, y in zip([1, 2, 3], "xyz"):
    if x == 2:
        continue
    if y == "z":
        break
    print("body", x, y)
else:
    print("not reached")

for x, y in zip([], [1]):
    print("empty")
else:
    print("else runs")


def first_pair():
    for x, y in zip(range(5), range(5, 10)):
        if x == 1:
            return x + y


print(first_pair())

items = [1, 2]
for x, y in zip(items, items):
    if len(items) < 5:
        items.append(x + y)
print(items)

zip = lambda p, q: [(q, p)]
for x, y in zip(1, 2):
    print("shadowed", x, y)
del zip

try:
    for x, y in zip([1], 5):
        pass
except TypeError as e:
    print("TypeError", e)

# One-clause generator expressions over zip(a, b) with a two-name target: the pairs are read
# from zip's two iterators directly, with the same next() calls in the same order.


class Loud:
    def __init__(self, name, items):
        self.name = name
        self.items = list(items)
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.items):
            print(f"  {self.name} ends")
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print(f"  {self.name} gives {v}")
        return v


print("first shorter:")
print(sum(a * b for a, b in zip(Loud("a", [1, 2]), Loud("b", [10, 20, 30]))))
print("second shorter:")
print(list(a + b for a, b in zip(Loud("a", [1, 2, 3]), Loud("b", [10, 20]))))

print("interleaved with the consumer:")
g = (f"{a}{b}" for a, b in zip(Loud("x", "pq"), Loud("y", "rs")))
print("made")
print(next(g))
print("between")
print(next(g))
print(next(g, "done"))
print(next(g, "still done"))

print("with a test:")
print([v for v in (a * b for a, b in zip(range(10), range(10, 20)) if (a + b) % 3 == 0)])

print("an error in the element:")
try:
    print(sum(1 / a for a, b in zip([2, 1, 0, 4], "abcd")))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print("abandoned, then the iterators read on:")
xs, ys = iter([1, 2, 3, 4]), iter("wxyz")
h = (str(a) + b for a, b in zip(xs, ys))
print(next(h))
del h
print(next(xs), next(ys))

print("a zip of the program's own:")


def zip(a, b):
    print("  my zip")
    return list(map(lambda x, y: (x, y), a, b))[::-1]


print(list(a - b for a, b in zip([5, 6, 7], [1, 1, 1])))
del zip
print(list(a - b for a, b in zip([5, 6, 7], [1, 1, 1])))

print("unpacking other shapes still goes the usual way:")
print(list(a for (a, b) in zip([1, 2], [3, 4])))
print(list(p for p in zip([1, 2], [3, 4])))
print(list(a + c for a, (b, c) in zip([1, 2], [(3, 4), (5, 6)])))
try:
    print(list(a for a, b in zip([1, 2], [(3, 4, 5), 6])))
except Exception as e:
    print(type(e).__name__)

# A generator made by a call and handed only to a built-in that consumes it (any, all, min,
# max, sum, sorted, list, ...) is freed when that built-in returns: CPython closes it there,
# so its `finally` runs before the statement goes on.


def readings(label, values):
    try:
        for v in values:
            print("  yield", label, v)
            yield v
    finally:
        print("  closed", label)


print("any over a generator expression:")
print(any(v > 2 for v in readings("a", [1, 3, 5])))
print("all over a generator expression:")
print(all(v < 4 for v in readings("b", [1, 5, 2])))
print("any straight over the generator:")
print(any(readings("c", [0, 7, 0])))
print("all straight over the generator:")
print(all(readings("d", [1, 0, 1])))
print("sum to the end:")
print(sum(v * 2 for v in readings("e", [1, 2])))
print("max with a key:")
print(max((v for v in readings("f", [4, 9, 1])), key=lambda v: -v))


class Inventory:
    def __init__(self, items):
        self.items = items

    def stock(self):
        try:
            for name, qty in self.items:
                yield name, qty
        finally:
            print("  stock closed")


inv = Inventory([("nails", 0), ("bolts", 4), ("nuts", 0)])
print("has bolts:", any(q > 0 for _, q in inv.stock()))
print("first empty:", next(n for n, q in inv.stock() if q == 0))
empty = sorted(n for n, q in inv.stock() if q == 0)
print("all empty:", empty)
print("done")

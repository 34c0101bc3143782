# range.index() and range.count(): ints placed by arithmetic, other values compared with ==.
r = range(3, 30, 4)
print(r.index(3), r.index(27), r.count(7), r.count(8))
print(range(10, 0, -3).index(4), range(5).index(True), range(5).count(False))
print(range(5).index(2.0), range(5).count(3.0), range(5).count("a"))


class Two:
    def __eq__(self, other):
        return other == 2

    __hash__ = None


print(range(6).index(Two()), range(6).count(Two()))
print(range(10**20).index(10**19), range(10**20).count(-1))
for bad in [lambda: r.index(8), lambda: range(0).index(0), lambda: r.index(2.5),
            lambda: r.index("x"), lambda: r.index(None), lambda: r.index(),
            lambda: r.count(), lambda: r.index(1, 2), lambda: r.index(x=3)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(range(2**62)))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(bool(range(2**64)), range(2**64)[-1])
print(range(3, 9).index(7))
where = range(3, 9).index(9)

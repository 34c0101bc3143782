# operator: the operators as functions, through the same special methods as the operators.
import operator
from functools import reduce

print(operator.add(1, 2), operator.sub(5, 3), operator.mul("ab", 3), operator.truediv(1, 4))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.matmul.__name__)
print(operator.neg(3), operator.pos(-2), operator.abs(-4.5), operator.index(True))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2))
print(operator.gt(1, 2), operator.ge(3, 2), operator.not_([]), operator.truth([0]))
print(operator.getitem({"a": 1}, "a"), operator.getitem("hello", slice(1, 3)), operator.contains([1, 2], 2))
xs = [1]
ys = operator.iadd(xs, [2])
print(xs, ys is xs, operator.imul([1, 2], 2), operator.iadd((1,), (2,)))
n = 5
table = {"a": 1}
operator.setitem(table, "b", 2)
operator.delitem(table, "a")
print(table)
print(operator.iadd(n, 1), n)

second = operator.itemgetter(1)
print(second, second([5, 6]), operator.itemgetter(0, 2)("abc"), operator.itemgetter("k")({"k": 9}))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), max(rows, key=second))


class V:
    def __init__(self, d):
        self.d = d

    def __add__(self, o):
        return V(self.d + (o.d if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.d)

    def __mul__(self, o):
        return V(self.d * (o.d if isinstance(o, V) else o))

    def __neg__(self):
        return V(-self.d)

    def __lt__(self, o):
        return self.d < o.d

    def __eq__(self, o):
        return "eq!"

    def __matmul__(self, o):
        return "matmul!"

    def __repr__(self):
        return f"V({self.d})"

    def scaled(self, k, by=1):
        return V(self.d * k * by)


print(operator.add(V(1), 2), operator.add(3, V(1)), operator.mul(V(2), V(5)), operator.neg(V(4)))
print(operator.lt(V(1), V(2)), operator.eq(V(1), 3), operator.matmul(V(1), V(2)))
print(reduce(operator.add, [V(1), V(2), V(3)]), reduce(operator.mul, [1, 2, 3, 4]))
call = operator.methodcaller("scaled", 2, by=3)
print(call, call(V(1)))
get = operator.attrgetter("d")
print(get, get(V(7)), sorted([V(3), V(1), V(2)], key=get), operator.attrgetter("d", "d")(V(1)))

for bad in (
    lambda: operator.add(1),
    lambda: operator.add(1, "a"),
    lambda: operator.neg("s"),
    lambda: operator.index(1.5),
    lambda: operator.lt(1, "a"),
    lambda: operator.add(1, k=2),
    lambda: operator.itemgetter(),
    lambda: operator.attrgetter("x")(1),
    lambda: operator.getitem([1], 5),
    lambda: operator.setitem([1], 5, 0),
    lambda: operator.delitem({}, "k"),
):
    try:
        bad()
    except (TypeError, AttributeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)

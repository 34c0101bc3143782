# The messages of errors a hand-written engine meets, caught and printed: ordering objects
# without __lt__, empty max/min/pop/popitem, bad operands, calls, formats and conversions.
class Value:
    def __init__(self, d): self.data = d
    def __repr__(self): return f"V({self.data})"
class Lt(Value):
    def __lt__(self, o): return self.data < o.data
vs = [Value(3), Value(1)]
tests = [
    lambda: sorted(vs), lambda: max(vs), lambda: min([]), lambda: max([], default=None), lambda: sorted([(1, Value(1)), (1, Value(2))]),
    lambda: sum(["a", "b"], ""), lambda: sum([[1], [2]], []), lambda: sorted(vs, key=lambda v: v.data), lambda: max(Lt(1), Lt(5)), lambda: sorted([Lt(2), Lt(1)]),
    lambda: Lt(1) > Lt(2), lambda: Lt(1) <= Lt(2), lambda: Value(1) < 2, lambda: vs[0] + vs[1], lambda: -vs[0], lambda: vs[0] ** 2, lambda: 2 ** vs[0],
    lambda: abs(vs[0]), lambda: len(vs[0]), lambda: vs[0][0], lambda: vs[0](), lambda: iter(vs[0]), lambda: next(iter([])), lambda: float(vs[0]), lambda: int(vs[0]),
    lambda: round(vs[0]), lambda: hash([]), lambda: {}[vs[0]], lambda: [1, 2, 3][float(1)], lambda: "abc" + 1, lambda: 1 + "abc", lambda: [1] * 2.0, lambda: None + 1,
    lambda: vs[0].grad, lambda: Value(), lambda: Value(1, 2), lambda: Value(d=1, e=2), lambda: max(1), lambda: divmod(1, 0), lambda: 1 % 0, lambda: 1.0 / 0, lambda: 0 ** -1,
    lambda: int("abc"), lambda: float("1.2.3"), lambda: list(zip(1)), lambda: dict([1, 2]), lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: "a".join([1]),
    lambda: "{} {}".format(1), lambda: "{x}".format(y=1), lambda: "%d %d" % (1,), lambda: tuple(5), lambda: [1, 2].index(5), lambda: "abc".index("z"), lambda: (1, 2).count(),
    lambda: sorted([3, "a"]), lambda: [3, 1].sort(key=1), lambda: print(sep=1), lambda: isinstance(1, 1), lambda: getattr(vs[0], "x"), lambda: setattr(1, "x", 2),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__, e)

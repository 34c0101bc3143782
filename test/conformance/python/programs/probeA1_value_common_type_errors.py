# The messages a micrograd Value missing operators meets: format specs, round/float/int,
# math functions, ordering, len/iteration, wrong arity, %-formatting, and builtin errors.
import math

class Value:
    def __init__(self, data, _children=(), _op=''):
        self.data = data
        self._prev = _children
    def __add__(self, other):
        return Value(self.data + other.data)
    def __repr__(self):
        return f"Value(data={self.data})"

class BadRepr:
    def __repr__(self):
        return 42

v = Value(2.0)
attempts = [
    lambda: f"{v:.4f}",
    lambda: round(v),
    lambda: float(v),
    lambda: int(v),
    lambda: math.exp(v),
    lambda: math.tanh(v),
    lambda: sorted([v, Value(1.0)]),
    lambda: v < 0,
    lambda: len(v),
    lambda: [x for x in v],
    lambda: Value(),
    lambda: Value(1, 2, 3, 4),
    lambda: Value(1, label='x'),
    lambda: v[0],
    lambda: v(),
    lambda: -v,
    lambda: v ** 2,
    lambda: v - 1,
    lambda: 1.5 / v,
    lambda: v @ v,
    lambda: abs(v),
    lambda: repr(BadRepr()),
    lambda: str(BadRepr()),
    lambda: sum([v, v]),
    lambda: max(v, Value(3.0)),
    lambda: divmod(v, 2),
    lambda: v.backward(),
    lambda: Value.backward(v),
    lambda: hash([v]),
    lambda: {[1]: v},
    lambda: "x" + v,
    lambda: v + "x",
    lambda: "%d" % v,
    lambda: "%s %s" % (v,),
    lambda: "{0} {1}".format(v),
    lambda: "{x}".format(y=v),
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: 2 ** -1 / 0,
    lambda: 10 % 0,
    lambda: 10.0 // 0.0,
    lambda: int('1.5'),
    lambda: float('abc'),
    lambda: [1, 2][5],
    lambda: {'a': 1}['b'],
    lambda: (1, 2).append(3),
    lambda: None.data,
    lambda: v.data.grad,
    lambda: setattr(1, 'x', 2),
    lambda: object().__dict__,
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: isinstance(v, 'Value'),
    lambda: pow(2, 3, 0),
    lambda: math.exp(1000),
    lambda: 1e308 ** 2,
    lambda: list(range(3)).index(7),
    lambda: "abc".index("z"),
]
for i, f in enumerate(attempts):
    try:
        r = f()
        print(i, "ok", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)

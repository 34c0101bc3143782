# A Value class with the number protocols (__float__, __int__, __index__, __round__, __format__):
# math functions, %-formatting, indexing a range and builtins read them.
import math
import operator
from functools import reduce


class Value:
    __array_priority__ = 1000

    def __init__(self, data, grad=0.0):
        self.data = data
        self.grad = grad

    def __repr__(self):
        return "Value(data=%r, grad=%r)" % (self.data, self.grad)

    def __str__(self):
        return "%.4f" % self.data

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(self.data, spec)

    def __float__(self): return float(self.data)
    def __int__(self): return int(self.data)
    def __index__(self): return int(self.data)
    def __round__(self, ndigits=None): return Value(round(self.data, ndigits))
    def __abs__(self): return Value(abs(self.data))
    def __bool__(self): return self.data != 0
    def __neg__(self): return Value(-self.data)
    def __pos__(self): return self
    def __lt__(self, o): return self.data < (o.data if isinstance(o, Value) else o)
    def __le__(self, o): return self.data <= (o.data if isinstance(o, Value) else o)
    def __eq__(self, o): return self.data == (o.data if isinstance(o, Value) else o)
    def __hash__(self): return hash(self.data)
    def __add__(self, o): return Value(self.data + float(o))
    __radd__ = __add__
    def __mul__(self, o): return Value(self.data * float(o))
    __rmul__ = __mul__
    def __floordiv__(self, o): return Value(self.data // float(o))
    def __mod__(self, o): return Value(self.data % float(o))
    def __divmod__(self, o): return (self // o, self % o)
    def __matmul__(self, o): return self.data * o.data
    def __iadd__(self, o):
        self.data += float(o)
        return self
    def __contains__(self, x): return x == self.data
    def __len__(self): return 1
    def __iter__(self): yield self.data; yield self.grad


v = Value(2.718281828459045)
w = Value(-1.5)
print(v, repr(v), f"{v}", f"{v:.2f}", f"{v:>12.6e}", format(w, "+08.3f"), "{:g}".format(v))
print(float(v), int(v), int(w), round(v, 3), round(w), abs(w), -v, +w)
print(math.sqrt(v), math.floor(v), math.ceil(w), math.exp(w), math.log(v), math.isfinite(v))
print(bool(v), bool(Value(0)), not Value(0.0), v and w, Value(0) or w)
print(v < w, v > w, v <= 2.8, v >= w, v == 2.718281828459045, v != w)
print(sorted([v, w, Value(0.5)]), max(v, w), min([v, w], key=float))
print(v // 1, v % 1, divmod(v, 1), v @ w, [1, 2, 3, 4][Value(2)], hex(Value(255)), bin(Value(5)))
print(list(v), tuple(w), len(v), 2.718281828459045 in v, 3 in v, dict(a=v))
x = Value(1.0)
y = x
x += 2
print(x is y, x, y.data)
print(reduce(operator.add, [Value(1), Value(2), Value(3)]), reduce(lambda a, b: a * b, [Value(2), 3, 4], 1))
print(sum([Value(0.1)] * 10), sum([Value(1)] * 3, Value(0)))
print(operator.mul(v, 2), operator.neg(w), operator.itemgetter(1)([v, w]), operator.attrgetter('data')(w))
print(math.fsum([0.1] * 10), math.prod([1.5, 2, 4]), math.copysign(3, -0.0), math.hypot(3, 4))
print({v: 1, Value(2.718281828459045): 2}, len({v, Value(2.718281828459045), w}))
print(range(10)[Value(3)], "abc"[Value(1)], (0,) * 2)
print(f"{v!r:>40}", f"{w!s:<10}|", "%s and %r and %.2f" % (v, w, v), "%d" % Value(7.9))
print(pow(2, Value(3)) if False else pow(Value(2).data, 3))

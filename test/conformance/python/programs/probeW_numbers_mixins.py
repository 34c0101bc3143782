# A scalar type written against numbers.Real (and an int-like one against numbers.Integral)
# gets the concrete methods the numbers classes define from its own operators: real, imag,
# conjugate(), divmod() both ways, bool(), subtraction through + and unary -, and for
# Integral: index(), float(), numerator and denominator.
import math
import numbers
import operator


class Scalar(numbers.Real):
    def __init__(self, v):
        self.v = float(v)

    def __repr__(self):
        return f"Scalar({self.v})"

    def __float__(self):
        return self.v

    def __add__(self, o):
        return Scalar(self.v + float(o))

    __radd__ = __add__

    def __neg__(self):
        return Scalar(-self.v)

    def __pos__(self):
        return Scalar(self.v)

    def __abs__(self):
        return Scalar(abs(self.v))

    def __mul__(self, o):
        return Scalar(self.v * float(o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return Scalar(self.v / float(o))

    def __rtruediv__(self, o):
        return Scalar(float(o) / self.v)

    def __pow__(self, o):
        return Scalar(self.v ** float(o))

    def __rpow__(self, o):
        return Scalar(float(o) ** self.v)

    def __floordiv__(self, o):
        return Scalar(self.v // float(o))

    def __rfloordiv__(self, o):
        return Scalar(float(o) // self.v)

    def __mod__(self, o):
        return Scalar(self.v % float(o))

    def __rmod__(self, o):
        return Scalar(float(o) % self.v)

    def __eq__(self, o):
        return self.v == float(o)

    def __lt__(self, o):
        return self.v < float(o)

    def __le__(self, o):
        return self.v <= float(o)

    def __trunc__(self):
        return math.trunc(self.v)

    def __floor__(self):
        return math.floor(self.v)

    def __ceil__(self):
        return math.ceil(self.v)

    def __round__(self, n=None):
        return round(self.v, n)

    def __hash__(self):
        return hash(self.v)


def _declined(self, *args):
    return NotImplemented


class Count(numbers.Integral):
    __and__ = __or__ = __xor__ = __lshift__ = __rshift__ = __invert__ = _declined
    __rand__ = __ror__ = __rxor__ = __rlshift__ = __rrshift__ = __abs__ = _declined
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = _declined
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __eq__ = __lt__ = __le__ = _declined
    __trunc__ = __floor__ = __ceil__ = __round__ = _declined
    __hash__ = object.__hash__

    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Count({self.n})"

    def __int__(self):
        return self.n

    def __pos__(self):
        return Count(self.n)

    def __neg__(self):
        return Count(-self.n)

    def __add__(self, o):
        return Count(self.n + int(o))

    __radd__ = __add__



x = Scalar(7.5)
print(x.real, x.imag, x.conjugate(), divmod(x, 2), divmod(17, x))
print(x - 2, 10 - x, bool(x), bool(Scalar(0)), math.sqrt(x), isinstance(x, numbers.Complex))
c = Count(5)
print(operator.index(c), float(c), c.numerator, c.denominator, [10, 20, 30, 40, 50, 60][c])
print(c - 2, 9 - c, bool(Count(0)), bool(c), c.real, c.imag, c.conjugate())
try:
    class Half(numbers.Real):
        pass

    Half()
except TypeError as e:
    print("TypeError:", str(e).split(" with ")[0])

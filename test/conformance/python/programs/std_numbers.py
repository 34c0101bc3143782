# numbers: the numeric tower, as micrograd-style code tests its operands.
import numbers
from numbers import Integral, Number, Real

print(isinstance(3, numbers.Number), isinstance(2.0, numbers.Real), isinstance(True, numbers.Integral))
print(isinstance("x", numbers.Number), isinstance(None, Number), isinstance([1], Number))
print(isinstance(2.0, numbers.Rational), isinstance(3, numbers.Rational), isinstance(2.5, Integral))
print(issubclass(int, Number), issubclass(bool, Integral), issubclass(float, numbers.Rational))
print(issubclass(float, Real), issubclass(Integral, Real), issubclass(Real, Integral))
print(numbers.Number, numbers.Integral, type(numbers.Real), Real.__mro__)


class Value:
    def __init__(self, data):
        self.data = data

    def __mul__(self, other):
        assert isinstance(other, numbers.Number), "only supporting int/float powers for now"
        return Value(self.data * other)

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        return Value(self.data**other)


print((Value(3) * 2).data, (Value(3) * 0.5).data, (Value(2) ** 3).data)
try:
    Value(3) * "x"
except AssertionError as e:
    print("AssertionError:", e)


class Dual(numbers.Number):
    def __init__(self, a, b):
        self.a = a
        self.b = b


d = Dual(1, 2)
print(isinstance(d, Number), isinstance(d, Real), d.__dict__)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)


class Half(numbers.Real):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError:", e)

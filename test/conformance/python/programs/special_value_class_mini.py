class Value:
    def __init__(self, data):
        self.data = data

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data)

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data)

    def __pow__(self, k):
        return Value(self.data ** k)

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)

    def __radd__(self, other):
        return self + other

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other ** -1

    def __rtruediv__(self, other):
        return other * self ** -1

    def __repr__(self):
        return f"Value(data={self.data})"


a = Value(2.0)
print(a + 1, 1 + a, a - 3, 3 - a, a * 4, 4 * a, a / 8, 8 / a, a ** 3, -a)
print(sum([Value(0.1)] * 3), 2 * a + a * a - 1 / a)

class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        other = other if isinstance(other, V) else V(other)
        return V(self.x + other.x)

    def __radd__(self, other):
        return self + other

    def __repr__(self):
        return f"V({self.x})"


print(V(1) + V(2), V(1) + 5, 5 + V(1), 2.5 + V(1))
print(sum([V(1), V(2), V(3)]), sum([V(1)], V(10)))

class Scalar:
    def __init__(self, data, parents=()):
        self.data = data
        self.grad = 0.0
        self.parents = parents

    def __mul__(self, other):
        return Scalar(self.data * other.data, ((self, other.data), (other, self.data)))

    def __add__(self, other):
        return Scalar(self.data + other.data, ((self, 1.0), (other, 1.0)))

    def backward(self, g=1.0):
        self.grad += g
        for p, local in self.parents:
            p.backward(g * local)

    def __repr__(self):
        return f"Scalar({self.data}, grad={self.grad})"

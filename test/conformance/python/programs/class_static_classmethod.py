class Vec:
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y

    @staticmethod
    def dot(a, b):
        return a.x * b.x + a.y * b.y

    @classmethod
    def zero(cls):
        return cls(0, 0)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.dims}D"


class Vec3(Vec):
    dims = 3


print(Vec.dot(Vec(1, 2), Vec(3, 4)))
z = Vec3.zero()
print(type(z).__name__, z.x, z.y)
print(Vec.describe(), Vec3.describe(), z.describe())
print(Vec(1, 1).dot(Vec(2, 2), Vec(5, 5)))

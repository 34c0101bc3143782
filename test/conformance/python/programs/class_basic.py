class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.norm2())
p.x = 6
print(p.norm2())
q = Point(1.5, -2)
print(q.norm2(), type(q).__name__, Point.__name__)

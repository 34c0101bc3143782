class Shape:
    created = 0

    def __init__(self, name):
        self.name = name
        type(self).created += 1

    @classmethod
    def make(cls, *names):
        return [cls(n) for n in names]


class Square(Shape):
    created = 0


Shape.make("a", "b")
Square.make("c")
print(Shape.created, Square.created)

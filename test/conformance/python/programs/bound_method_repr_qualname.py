# A bound method's repr names the function by its __qualname__, as CPython does: the class
# that defines it (an inherited or super() method shows its own class), not the type of the
# object it is bound to.
class Shape:
    def __repr__(self):
        return "<a shape>"

    def area(self):
        return 0

    def describe(self):
        return "shape"

    @classmethod
    def unit(cls):
        return cls()


class Square(Shape):
    def describe(self):
        print(super().describe)
        return "square"


def perimeter(self):
    return 4


Square.perimeter = perimeter
sq = Square()
print(sq.area)
print(sq.describe)
sq.describe()
print(Square.unit)
print(sq.perimeter)

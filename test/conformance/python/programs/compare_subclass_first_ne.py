# Rich comparisons dispatch as CPython's do_richcompare: when the right operand's class is a
# proper subclass of the left's, its reflected method runs first even if it only inherits it;
# a class without __ne__ gets object's, which asks that side's __eq__ and inverts the answer,
# while a subclass of int keeps int's __ne__ (it does not call the class's own __eq__).
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print(f"  {type(self).__name__}.__eq__")
        return NotImplemented

    def __lt__(self, other):
        print(f"  {type(self).__name__}.__lt__")
        return self.n < other.n

    def __gt__(self, other):
        print(f"  {type(self).__name__}.__gt__")
        return self.n > other.n


class Beta(Version):
    pass


print("lt:", Version(1) < Beta(2))
print("ne:", Version(1) != Beta(1))
print("ne same class:", Version(1) != Version(1))


class Meters(int):
    def __eq__(self, other):
        print("  Meters.__eq__")
        return int.__eq__(self, other)


print("int ne:", Meters(3) != 3, 3 != Meters(4))
print("int eq:", 3 == Meters(3))

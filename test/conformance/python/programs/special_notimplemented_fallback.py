class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented

    def __repr__(self):
        return "A()"


class B:
    def __radd__(self, o):
        print("B.__radd__ with", o)
        return "B wins"


print(A() + B())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() + 1
except TypeError as e:
    print("TypeError:", e)

# Enum classes: members, lookup by value and name, iteration, aliases, methods.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name} is {self.value}"

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def first(cls):
        return list(cls)[0]


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, Color(Color.BLUE))
print(list(Color), len(Color), Color.RED in Color)
print(Color, repr(Color), type(Color.RED), type(Color))
print(Color.RED.describe(), Color.BLUE.lower, Color.first())
print({Color.RED: "r"}[Color.CRIMSON], Color.RED == Color.RED, Color.RED == 1)
print(Color.RED != Color.GREEN, bool(Color.RED), isinstance(Color.RED, Color))
print(Color.__members__)
print(f"{Color.GREEN}", str(Color.GREEN), format(Color.GREEN), Color.__name__)
for c in Color:
    print(c.name, c.value, end="; ")
print()


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.MARS.mass, Planet.EARTH.value, Planet((6.42e23, 3.39e6)))

Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value)
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape(3), Shape["SQUARE"].value)

print(unique(Step) is Step)
try:

    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2

except ValueError as e:
    print(e)

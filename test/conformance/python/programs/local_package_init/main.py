import shapes
from shapes.circle import Circle
from shapes import square

print(shapes.VERSION, Circle(2).area(), square.Square(3).area())
print(shapes.describe())

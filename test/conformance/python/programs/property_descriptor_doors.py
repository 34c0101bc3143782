# A property used as a descriptor by hand: p.__get__, p.__set__, p.__delete__, as blog posts
# that explain properties call them, and the errors of a property without a setter, a deleter
# or a getter, named after the property (or not, for one made outside a class body).


class Celsius:
    def __init__(self, degrees):
        self._degrees = degrees

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._degrees = value

    @degrees.deleter
    def degrees(self):
        print("deleting")
        del self._degrees

    kelvin = property(lambda self: self._degrees + 273.15)


t = Celsius(20.0)
p = Celsius.__dict__["degrees"]
print(p.__get__(t), p.__get__(t, Celsius), p.__get__(None, Celsius) is p)
p.__set__(t, 25.0)
print(t.degrees, Celsius.kelvin.__get__(t))
p.__delete__(t)
print(hasattr(t, "_degrees"))
t.degrees = 1.5
try:
    p.__set__(t, -300)
except ValueError as e:
    print("ValueError", e)

k = Celsius.kelvin
for attempt in (
    lambda: k.__set__(t, 1),
    lambda: k.__delete__(t),
    lambda: setattr(t, "kelvin", 3),
    lambda: delattr(t, "kelvin"),
    lambda: p.__get__(),
    lambda: p.__get__(t, Celsius, 3),
    lambda: p.__set__(t),
    lambda: p.__delete__(),
    lambda: k.__get__(None),
):
    try:
        print(attempt())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, repr(str(e)))

loose = property()
try:
    loose.__get__(3)
except AttributeError as e:
    print(e)


class Later:
    pass


Later.q = property()
try:
    Later().q
except AttributeError as e:
    print(e)
try:
    Later().q = 1
except AttributeError as e:
    print(e)

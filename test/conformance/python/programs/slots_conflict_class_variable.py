# A name in __slots__ that the class body also binds is CPython's ValueError when the class is
# made (the slot's descriptor and the class variable cannot share the name); the class is not
# made, so its base does not list it. A private slot is named mangled.
class Base:
    pass


try:

    class Point(Base):
        __slots__ = ("x", "y")
        x = 0

except ValueError as e:
    print(e)
print(Base.__subclasses__())

try:

    class Secret:
        __slots__ = ("__key",)
        _Secret__key = None

except ValueError as e:
    print(e)


class Config:
    __slots__ = "name"
    name = "default"

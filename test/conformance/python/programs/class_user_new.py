class Singleton:
    _inst = None
    def __new__(cls, *args, **kwargs):
        if cls._inst is None:
            print("creating", cls.__name__)
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, name):
        print("init", name)
        self.name = name
a = Singleton("a"); b = Singleton("b")
print(a is b, a.name)
class Pos:
    def __new__(cls, x):
        if x < 0:
            return None
        return object.__new__(cls)
    def __init__(self, x):
        self.x = x
print(Pos(-1), Pos(3).x)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Base:
    def __new__(cls, *a):
        print("Base.__new__", cls.__name__, a)
        return super().__new__(cls)
class Child(Base):
    def __init__(self, v):
        self.v = v
print(Child(5).v, type(object.__new__(Child)).__name__)
for bad in [lambda: object.__new__(Child, 1), lambda: object.__new__(1), lambda: object.__new__(int)]:
    try:
        bad()
    except TypeError as e:
        print(e)

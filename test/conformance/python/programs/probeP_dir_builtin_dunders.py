# dir() of built-in values lists their special methods as CPython does, besides their
# methods and object's: list's __add__ and __class_getitem__, int's __index__ and real ...


class Base:
    x = 1

    def m(self):
        pass


class Derived(Base):
    y = 2

    def __init__(self):
        self.z = 3


for v in [[], {}, "", 1, object(), (), set(), frozenset(), None, range(1)]:
    print(type(v).__name__, dir(v))
print(dir(Base))
print(dir(Derived()))
print([n for n in dir(True) if n != "from_bytes"])

# The names besides object's are attributes: each can be read.
for v in [[], {}, "", 1, (), set(), True]:
    missing = [n for n in dir(v) if not hasattr(v, n) and n not in dir(object())]
    print(type(v).__name__, missing)
print(list.__class_getitem__(int), [].__class_getitem__(str), dict.__class_getitem__((str, int)))
print((5).__getnewargs__(), "a".__getnewargs__(), (1, 2).__getnewargs__(), (1.5).__getnewargs__())
print(True.__getnewargs__(), True.real, False.imag, True.numerator, True.denominator)


class MyInt(int):
    pass


print(MyInt(3).__getnewargs__(), {}.fromkeys("ab"), (1).from_bytes(b"\x01", "big"))

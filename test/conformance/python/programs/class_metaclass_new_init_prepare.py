# Custom metaclasses: __new__/__init__ with class keywords, __repr__, methods and properties of the
# metaclass seen on its classes, singletons by __call__, registries, __prepare__, instance and
# subclass checks, type(name, bases, dict), metaclass conflicts, and a function as metaclass.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta, tag="x"):
    x = 1
    def f(self):
        return 2

print(type(A) is Meta, type(A).__name__)
print(repr(A), A)
print(A.hello(), A.upper_name, A.tag, A.x, A().f())
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))

class B(A):
    y = 2

print(type(B) is Meta, B.tag, B.hello())
print(list(ns for ns in ['__module__', '__qualname__']))

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, v):
        print("init Config", v)
        self.v = v

c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)

registry = {}
class RegMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            registry[name] = cls

class Plugin(metaclass=RegMeta): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(sorted(registry))

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        print("keys", list(ns))
        return super().__new__(mcs, name, bases, dict(ns))

class O(metaclass=OrderedMeta, opt=1):
    """doc"""
    b = 1
    a = 2
    def m(self): return self.injected
print(O.injected, O().m(), O.__doc__)

class Checker(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Duck(metaclass=Checker): pass
class D:
    quack = 1
print(isinstance(D(), Duck), isinstance(1, Duck), issubclass(D, Duck), issubclass(int, Duck))

X = type("X", (A,), {"z": 3})
print(type(X) is Meta, X.z, X.tag)
Y = type("Y", (), {"w": 1, "f": lambda self: self.w + 1})
print(Y().f(), Y.__name__, Y.__bases__, repr(Y))

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print("TypeError:", e)

def func_meta(name, bases, ns):
    print("func_meta", name)
    return 7
class F(metaclass=func_meta): pass
print(F)
print(Meta.__mro__, type(Meta))

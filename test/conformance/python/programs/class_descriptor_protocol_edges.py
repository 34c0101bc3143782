# Descriptors: a data descriptor's __get__/__set__/__delete__ over the instance's dict (a __get__
# returning None too), a non-data one under it, __set_name__, __init_subclass__ keywords,
# __class_getitem__, __getattr__ and __getattribute__, property's setter/deleter/getter and its
# readonly fget, @classmethod over @property (3.11 chains them) and __set_name__'s RuntimeError.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"

class P:
    x = Typed()
    y = NonData()
    def __init__(self):
        self.x = 1

p = P()
print(p.x, P.x.name, P.x.owner, type(P.__dict__["x"]).__name__)
p.__dict__["x"] = 99
print(p.x)  # data descriptor wins
print(p.y)
p.__dict__["y"] = "inst"
print(p.y)  # instance wins over non-data
try:
    p.x = "s"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x)

class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append((cls.__name__, tag))

class A(Base, tag="a"): pass
class B(A): pass
print(Base.subclasses, B.tag)
try:
    class C(Base, bogus=1, tag="c"): pass
except TypeError as e:
    print("TypeError:", e)

class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__ if isinstance(item, type) else item}]"
print(G[int], G["x"])

class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"missing {name}"
l = Lazy()
print(l.real, l.other)

class Intercept:
    def __init__(self):
        self.v = 5
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
i = Intercept()
print(i.v, i.secret, i.nothing)

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @v.deleter
    def v(self):
        print("del v")
        self._v = None
pr = Prop()
pr.v = 3
print(pr.v, Prop.v.__doc__)
del pr.v
print(pr.v)
g = Prop.v.getter(lambda self: "new getter")
print(g.fget(pr), g.fset is Prop.v.fset, type(g).__name__)
try:
    Prop.v.fget = None
except AttributeError as e:
    print("AttributeError:", e)

class CP:
    @classmethod
    @property
    def name(cls):
        return cls.__name__
print(CP.name)

class Desc2:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)
class Owner:
    d = Desc2()
class Child(Owner): pass
print(Owner.d, Child.d, Child().d)

class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del RO().x
except AttributeError as e:
    print("AttributeError:", e)

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class HasBoom:
        b = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

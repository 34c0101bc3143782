# More of the class machinery: a data descriptor without __get__, __set_name__ through type()
# and by hand, a metaclass's own __init_subclass__, keyword-only __init_subclass__ arguments,
# __getattribute__ with super(), __class_getitem__ on a subclass, property(doc=) and
# deleter(None), isinstance with property/staticmethod/classmethod, __slots__ beside descriptors.
class OnlySet:
    def __set__(self, obj, value):
        obj.__dict__["v"] = value * 10
class H:
    v = OnlySet()
h = H()
print(type(h.v).__name__)
h.v = 2
print(h.v)

class Counter:
    def __init__(self):
        self.calls = 0
    def __get__(self, obj, owner=None):
        self.calls += 1
        return self.calls
class U:
    c = Counter()
u = U()
print(u.c, u.c, U.c)
u.c = "shadow"
print(u.c)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.public = name
    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__.get(self.public, "unset")
T = type("T", (), {"a": Named(), "b": Named()})
print(T().a, T.b.public)
class Late: pass
n = Named()
Late.z = n
print(hasattr(n, "public"))
n.__set_name__(Late, "z")

class Meta(type):
    def __init_subclass__(mcs, **kw):
        print("meta subclass", mcs.__name__, kw)
class SubMeta(Meta, flag=True):
    pass

class PluginBase:
    registry = {}
    def __init_subclass__(cls, *, key, **kw):
        super().__init_subclass__(**kw)
        PluginBase.registry[key] = cls
class One(PluginBase, key="one"): pass
try:
    class Two(PluginBase): pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(PluginBase.registry))

class GA:
    def __getattribute__(self, name):
        print("getattribute", name)
        return super().__getattribute__(name)
    def method(self):
        return "m"
ga = GA()
print(ga.method())
ga.x = 3
print(ga.x)

class Vec:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)
class SubVec(Vec): pass
print(Vec[int, str], SubVec[1])

class WithDel:
    @property
    def p(self):
        return 1
    @p.deleter
    def p(self):
        print("deleted")
w = WithDel()
del w.p
try:
    w.p = 3
except AttributeError as e:
    print("AttributeError:", e)
print(WithDel.p.fset, WithDel.p.deleter(None).fdel is WithDel.p.fdel)
prop = property(lambda self: 42, doc="docs")
class Dyn:
    answer = prop
print(Dyn().answer, Dyn.answer.__doc__, isinstance(Dyn.answer, property))

class Slotted:
    __slots__ = ("_w",)
    weight = Counter()
    def __init__(self):
        self._w = 1
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        self._w = v
sl = Slotted()
sl.w = 7
print(sl.w, sl.weight, isinstance(Slotted.__dict__["w"], property))
try:
    sl.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Slotted.__dict__["__init__"], staticmethod), type(staticmethod(len)).__name__, classmethod)

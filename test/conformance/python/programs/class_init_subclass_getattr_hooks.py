# __init_subclass__ along two bases (a plain function and an explicit classmethod), __getattr__
# under a descriptor with getattr/hasattr, __getattribute__ with object's, a caching non-data
# descriptor with __set_name__, and __class_getitem__ made a classmethod by type.__new__.
class A:
    def __init_subclass__(cls, **kw):
        print("A.isc", cls.__name__, kw)
        super().__init_subclass__()
class B:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("B.isc", cls.__name__, kw)
        super().__init_subclass__(**kw)
class C(A, B, x=1):
    pass
class D(B):
    pass

class Desc:
    def __get__(self, obj, owner):
        return "desc"
class E:
    d = Desc()
    def __getattr__(self, name):
        return "getattr " + name
e = E()
print(e.d, e.zzz, getattr(e, "qq", "default"), hasattr(e, "anything"))

class F:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return "intercepted"
        return object.__getattribute__(self, name)
f = F()
f.y = 2
print(f.xyz, f.y)
try:
    f.nope
except AttributeError as err:
    print("AttributeError:", err)

class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.attr] = v
        return v
class G:
    calls = 0
    @Cached
    def total(self):
        "sum it"
        G.calls += 1
        return 10
g = G()
print(g.total, g.total, G.calls, G.total.__doc__, "total" in vars(g))

class Base:
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"
print(Base[1, 2], Base["k"])
import types
print(type(Base.__class_getitem__).__name__)

class P:
    __slots__ = ("a",)
    @property
    def b(self):
        return self.a * 2
p = P()
p.a = 4
print(p.b)
try:
    p.b = 1
except AttributeError as err:
    print("AttributeError:", err)

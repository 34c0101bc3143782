# A metaclass's special methods on its classes (iter, len, in, [ ]), its class and static methods,
# an ABCMeta subclass, __init_subclass__ keywords through a metaclass, type.__new__'s errors,
# a __prepare__ mapping that sees each body write, types.new_class and the metaclass __getattr__.
from abc import ABCMeta, abstractmethod

class Base:
    def greet(self):
        return "base"

class Meta(type):
    count = 0
    def __new__(mcs, name, bases, ns):
        Meta.count += 1
        return super().__new__(mcs, name, bases, ns)
    def __iter__(cls):
        return iter(cls.members)
    def __len__(cls):
        return len(cls.members)
    def __contains__(cls, x):
        return x in cls.members
    def __getitem__(cls, i):
        return cls.members[i]
    @classmethod
    def meta_cm(mcs):
        return mcs.__name__
    @staticmethod
    def meta_sm(x):
        return x * 2

class Colors(Base, metaclass=Meta):
    members = ["red", "green"]
    def greet(self):
        return "colors " + super().greet()

print(list(Colors), "red" in Colors, "blue" in Colors, Colors[1])
print(len(Colors))
print(Colors.meta_cm(), Colors.meta_sm(4), Colors().greet(), Meta.count)
print(Colors.__class__.__name__, str(Colors), type(Colors).__mro__)
print(Colors.__name__, Colors.__qualname__, Colors.__module__, Colors.__bases__)

class Outer:
    class Inner(metaclass=Meta):
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner))

class AbstractMeta(ABCMeta):
    pass
class Shape(metaclass=AbstractMeta):
    @abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Sq(Shape):
    def area(self): return 4
print(Sq().area(), type(Sq).__name__, isinstance(Sq(), Shape))

class KwMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)

class Root(metaclass=KwMeta):
    def __init_subclass__(cls, flavor="plain", **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
        print("init_subclass", cls.__name__, flavor)

class Leaf(Root, flavor="spicy"):
    pass
print(Leaf.flavor, type(Leaf).__name__)

try:
    class Bad(metaclass=Meta, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("Z", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Z", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)

class Tracking(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)

class NoDup(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Tracking()

try:
    class Dup(metaclass=NoDup):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)

class Fine(metaclass=NoDup):
    a = 1
    def f(self): return self.a
print(Fine().f(), type(Fine.__dict__).__name__)

import types
N = types.new_class("N", (Colors,), {}, lambda ns: ns.update({"q": 5}))
print(N.q, type(N).__name__, Meta.count)

class WithCall(type):
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a, k)
        obj = super().__call__(*a, **k)
        obj.created = True
        return obj
class P(metaclass=WithCall):
    def __init__(self, x, y=0):
        self.x, self.y = x, y
p = P(1, y=2)
print(p.x, p.y, p.created)

class Attr(type):
    def __getattr__(cls, name):
        return "meta-getattr " + name
class G(metaclass=Attr):
    a = 1
print(G.a, G.missing)

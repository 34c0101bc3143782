# A metaclass's __setattr__ and properties when a class's attribute is set, class decorators and
# the __class__ cell on a metaclass's class, *args metaclasses, __call__ returning a non-instance,
# and __prepare__ as a plain function.
import dataclasses
from enum import Enum

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
    @property
    def label(cls):
        return "label:" + cls.__name__
    def __setattr__(cls, name, value):
        print("meta setattr", name, value)
        super().__setattr__(name, value)

def deco(cls):
    cls.decorated = True
    return cls

@deco
class A(metaclass=Meta):
    def who(self):
        return __class__.__name__

print(A.created_by, A.label, A.decorated, A().who())
A.z = 3
print(A.z)
try:
    A.label = 5
except AttributeError as e:
    print("AttributeError:", e)

class Color(Enum):
    RED = 1
print(Color.RED, type(Color).__name__)

class M(type):
    def __new__(mcs, *args, **kwargs):
        return super().__new__(mcs, *args, **kwargs)
    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cls.inited = True
class E(metaclass=M): pass
print(E.inited, vars(E)["inited"])
print(type.__call__(E).__class__.__name__)
print(M("Dyn", (), {"v": 9}).v, type(M("Dyn2", (E,), {})).__name__)

class Ctr(type):
    def __call__(cls, *args):
        return ("not an instance", args)
class C(metaclass=Ctr):
    def __init__(self):
        print("never")
print(C(1, 2))

class Proto(type):
    def __prepare__(name, bases, **kw):
        return {"from_prepare": name}
class F(metaclass=Proto):
    pass
print(F.from_prepare)
print(isinstance(F, Proto), type(F) is Proto, F.__class__ is Proto)
print(sorted(k for k in vars(F) if not k.startswith("__")))
try:
    Meta.label.fget(1)
except AttributeError as e:
    print("AttributeError:", e)

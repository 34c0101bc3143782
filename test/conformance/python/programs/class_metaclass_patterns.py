# Metaclass patterns: type.__new__ and type.__call__ called by name, a metaclass __repr__ in
# lists and formatting, a singleton through super(Single, cls) with a mangled registry, a mixin
# beside a metaclass's class, an OrderedDict from __prepare__, a validating __new__, and
# Meta.mro() unbound as CPython finds it.
from collections import OrderedDict
import traceback

class Meta(type):
    def __new__(cls, name, bases, attrs):
        attrs["auto"] = name.lower()
        return type.__new__(cls, name, bases, attrs)
    def __call__(cls, *args, **kwargs):
        inst = type.__call__(cls, *args, **kwargs)
        inst.made_by_meta = True
        return inst
    def __repr__(cls):
        return "Meta<" + cls.__name__ + ">"

class A(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
a = A(3)
print(A.auto, a.v, a.made_by_meta, [A], f"{A}", str(A), "%s" % A)

class Single(type):
    __instances = {}
    def __call__(cls, *a, **k):
        if cls not in Single.__instances:
            Single.__instances[cls] = super(Single, cls).__call__(*a, **k)
        return Single.__instances[cls]
class DB(metaclass=Single):
    pass
class Cache(metaclass=Single):
    pass
print(DB() is DB(), Cache() is Cache(), DB() is Cache())

class Mixin:
    def hello(self):
        return "mixin"
class D(Mixin, A):
    pass
print(type(D), D.auto, D(1).hello(), D.__mro__)

class OMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return OrderedDict()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Fields(metaclass=OMeta):
    z = 1
    a = 2
    def m(self): pass
    b = 3
print(Fields.order)

class Validated(type):
    def __new__(mcs, name, bases, ns):
        if "run" not in ns and bases:
            raise TypeError(f"{name} must define run()")
        return super().__new__(mcs, name, bases, ns)
class Task(metaclass=Validated):
    pass
class Good(Task):
    def run(self): return "ran"
try:
    class Broken(Task):
        pass
except TypeError as e:
    print("TypeError:", e)
    print(traceback.format_exc().splitlines()[-1])
print(Good().run(), sorted(vars(Good)), type(Good).__name__)
print(type(Meta), Meta.__bases__, Meta.__name__, Meta.mro(Meta), A.mro())
try:
    Meta.mro()
except TypeError as e:
    print("TypeError:", e)
print(callable(A), isinstance(A, type), issubclass(type(A), type))

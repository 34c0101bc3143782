"""Enum __members__ and a class __dict__ are mappingproxies: read-only, printed as their dict."""
import enum
class E(enum.Enum):
    A = 1
    B = 2
    C = 1
print(type(E.__members__).__name__, E.__members__)
print(repr(E.__members__))
print(list(E.__members__), len(E.__members__), 'C' in E.__members__, E.__members__['C'])
print([(n, m.value) for n, m in E.__members__.items()], E.__members__.get('Z', 0))
try:
    E.__members__['D'] = 3
except TypeError as e:
    print(e)
print(dict(E.__members__) == {'A': E.A, 'B': E.B, 'C': E.A})
class F(enum.IntFlag):
    R = 4
    W = 2
print(F.__members__)
class Config:
    lr = 0.1
    steps = 10
print({k: v for k, v in Config.__dict__.items() if not k.startswith('__')})
print(str(vars(Config)).startswith("{'__module__'"), repr(vars(Config)).startswith("mappingproxy({"))
print(f"{E.__members__}")

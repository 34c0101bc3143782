# Which special methods each built-in value has, as hasattr sees them (python3's dir()).
import collections

NAMES = [
    '__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__contains__', '__delitem__',
    '__divmod__', '__eq__', '__float__', '__floor__', '__floordiv__', '__format__', '__ge__',
    '__getitem__', '__gt__', '__hash__', '__iadd__', '__iand__', '__imul__', '__index__',
    '__int__', '__invert__', '__ior__', '__isub__', '__iter__', '__ixor__', '__le__',
    '__len__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__next__',
    '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__', '__repr__',
    '__reversed__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__',
    '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__',
    '__rxor__', '__setitem__', '__str__', '__sub__', '__truediv__', '__trunc__', '__xor__',
]


def gen():
    yield 1


values = [1, True, 1.5, 'a', [1], (1,), {1: 2}, {1}, frozenset([1]), range(2), None, {}.values(),
          iter([]), gen(), collections.OrderedDict(), collections.Counter(), collections.defaultdict(int)]
for v in values:
    print(type(v).__name__, ' '.join(n for n in NAMES if hasattr(v, n)))
for v in values[:6]:
    missing = [n for n in NAMES if hasattr(v, n) and getattr(v, n) is None]
    print(type(v).__name__, 'None:', missing, 'hash None:', getattr(v, '__hash__') is None)
print([n for n in NAMES if hasattr(list, n) and getattr(list, n) is None])

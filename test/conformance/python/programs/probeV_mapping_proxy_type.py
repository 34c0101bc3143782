"""types.MappingProxyType: a read-only live view of a dict, shown as its dict, with CPython's errors for writes, deletions (an int key words it differently) and bad arguments."""
from types import MappingProxyType
from collections import OrderedDict, defaultdict
d = {1: 'A'}
d_proxy = MappingProxyType(d)
print(d_proxy, d_proxy[1], type(d_proxy), len(d_proxy), 1 in d_proxy, list(d_proxy))
try:
    d_proxy[2] = 'x'
except TypeError as e:
    print(e)
d[2] = 'B'
print(d_proxy, d_proxy[2], d_proxy.get(3, '-'), sorted(d_proxy.items()), d_proxy.copy(), type(d_proxy.copy()))
print(d_proxy == {1: 'A', 2: 'B'}, str(d_proxy), MappingProxyType(OrderedDict(a=1)), MappingProxyType(defaultdict(int)))
for bad in [[1, 2], 5, None]:
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print(e)
for call in [lambda: MappingProxyType(), lambda: MappingProxyType({}, {}), lambda: MappingProxyType(mapping={})]:
    try:
        print(call())
    except TypeError as e:
        print(e)
try:
    del d_proxy[1]
except TypeError as e:
    print(e)
print(MappingProxyType(MappingProxyType({'n': 1})))
print(isinstance(d_proxy, MappingProxyType), MappingProxyType.__name__, d_proxy | {9: 9})
class A:
    x = 1
try:
    del A.__dict__["x"]
except TypeError as e:
    print(e)
print(repr(MappingProxyType(OrderedDict(a=1))), repr(MappingProxyType(MappingProxyType({}))))

# An object with keys() and __getitem__ is a mapping to dict(), dict.update, {**m} and f(**m); a keyword after a ** with the same key; CPython 3.11's names for the called function in these errors (__main__.f(), __main__.C.m(), json.dumps())
class M:
    def __init__(self): self.d = {"a": 1, "b": 2}
    def keys(self): return ["b", "a"]
    def __getitem__(self, k): return self.d[k] * 10
class D(dict):
    def keys(self): return ['x']
m = M()
def f(**kw): return kw
print(dict(m), {**m, 'c': 3}, f(**m), f(**D(a=1)), {**D(a=1)}, dict(D(a=1)))
d = {'z': 0}; d.update(m); print(d)
for bad in [lambda: {**5}, lambda: f(**[1]), lambda: dict(5), lambda: {**m, **m}, lambda: f(**m, a=2)]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
class K:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try:
    f(**K())
except TypeError as e:
    print(e)
print(dict(K()), {**K()})
class C:
    def m(self, **kw): return kw
    class Inner:
        def __init__(self, **kw): pass
c = C()
import json
for bad in [lambda: c.m(**[1]), lambda: C.m(c, **{'a': 1}, a=2), lambda: C.Inner(**5), lambda: print(**[1]), lambda: dict(**{'a': 1}, a=3),
            lambda: json.dumps(**[2]), lambda: c.m(**{'a': 1}, **{'a': 2}), lambda: sorted([], **{'key': None}, key=None), lambda: (lambda **k: k)(**[1])]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
try:
    print(f(**{'a': 1}, a=2))
except TypeError as e:
    print(e)
try:
    print(dict(**{'a': 1}, a=2))
except TypeError as e:
    print(e)

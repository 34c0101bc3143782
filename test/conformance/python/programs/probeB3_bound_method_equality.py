class A:
    def m(self): return 1
    def n(self): return 2
a, b = A(), A()
d = {a.m: 'am'}
print(d[a.m], a.m in d, b.m in d, a.n in d, len({a.m, a.m, b.m, a.n}), a.m == a.m, a.m == b.m, a.m != a.n)
print(hash(a.m) == hash(a.m), [a.m].index(a.m), A.m == A.m)
import weakref
w = weakref.WeakMethod(a.m)
print(w() == a.m, w()())

from collections.abc import Mapping, MutableMapping, Set, MutableSet, KeysView

class Frozen(Mapping):
    def __init__(self, d):
        self._d = dict(d)
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)

f = Frozen({'a': 1, 'b': 2})
print(list(f.keys()), list(f.items()), list(f.values()))
print(f.get('a'), f.get('z'), f.get('z', 9))
print('a' in f, 'z' in f)
print(f == {'a': 1, 'b': 2}, f == {'a': 1}, f != {'a': 1})
print(isinstance(f, Mapping), len(f.keys()), 'a' in f.keys(), ('a', 1) in f.items(), 2 in f.values())

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)

s = Store()
s['x'] = 1
s.update({'y': 2}, z=3)
s.update([('w', 4)])
print(s.setdefault('x', 10), s.setdefault('q', 5))
print(s.pop('x'), s.pop('nope', 'dflt'))
print(s.popitem())
print(dict(s))
s.clear()
print(len(s))
try:
    s.pop('gone')
except KeyError as e:
    print('KeyError', e)
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))

class Half(Mapping):
    def __getitem__(self, k):
        return 1
try:
    Half()
except TypeError as e:
    print(e)

class HalfM(MutableMapping):
    pass
try:
    HalfM()
except TypeError as e:
    print(e)

class Bits(Set):
    def __init__(self, it=()):
        self._s = []
        for x in it:
            if x not in self._s:
                self._s.append(x)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)

a = Bits([1, 2, 3])
b = Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(type(a & b).__name__)
print(a <= Bits([1, 2, 3, 4]), a < a, a >= Bits([1]), a > Bits([1]), a == Bits([3, 2, 1]), a != b)
print(a.isdisjoint([7, 8]), a.isdisjoint([1]))
print(sorted(a & {1, 2}))

class Bag(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(sorted(self._s))
    def __len__(self):
        return len(self._s)
    def add(self, x):
        self._s.add(x)
    def discard(self, x):
        self._s.discard(x)

g = Bag([1, 2])
g |= {3}
g -= {1}
print(list(g))
g ^= {2, 9}
print(list(g))
g &= {3, 5}
print(list(g))
g.add(7)
g.remove(7)
try:
    g.remove(7)
except KeyError as e:
    print('KeyError', e)
print(g.pop(), len(g))
g.add(1)
g.clear()
print(len(g))

class HalfS(MutableSet):
    def __contains__(self, x):
        return False
try:
    HalfS()
except TypeError as e:
    print(e)

print(repr(f.keys())[:30], type(f.items()).__name__)
print(f == Frozen({'b': 2, 'a': 1}), f == [1])
try:
    hash(f)
except TypeError as e:
    print(e)
s2 = Store()
s2['k'] = 0
s.update(s2)

class HasKeys:
    def keys(self):
        return ['m']
    def __getitem__(self, k):
        return k * 2
s.update(HasKeys())
print(sorted(s.items()))
print(sorted({1, 2} & a), type({1, 2} & a).__name__, sorted({1, 5} - a), sorted({9} ^ a))
print(sorted([5, 1] | a) if False else sorted(a | [5, 1]))
try:
    a | 3
except TypeError as e:
    print(e)
try:
    hash(a)
except TypeError as e:
    print(e)
print(isinstance(a, Set), isinstance(g, MutableSet), isinstance(a, MutableSet), isinstance(s, Mapping))
class F2(Mapping):
    def __getitem__(self, k): return {'a': 1, 'b': 2}[k]
    def __len__(self): return 2
    def __iter__(self): return iter(['a', 'b'])
k = F2().keys()
print(isinstance(k, KeysView), isinstance(k, Set), sorted(k & {'a'}), sorted(k | {'c'}), k == {'a', 'b'})
print(list(reversed(list(F2().values()))), F2().items() == {('a', 1), ('b', 2)})


# update() from pairs unpacks each as `key, value` does.
for bad in ([(1,)], [(1, 2, 3)]):
    try:
        Store().update(bad)
    except ValueError as e:
        print("ValueError:", e)

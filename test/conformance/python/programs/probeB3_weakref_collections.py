import weakref
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return f'Node({self.name!r})'
a, b, c = Node('a'), Node('b'), Node('c')
d = weakref.WeakValueDictionary({'a': a})
d['b'] = b
print(type(d.keys()).__name__, sorted(d.keys()), list(d.values()), list(d.items()))
print(len(d), 'a' in d, 'z' in d, d.get('z', 0), d.get('a'), d['a'])
try: d['z']
except KeyError as e: print(repr(e))
try: d['k'] = 1
except TypeError as e: print(e)
print(d.setdefault('c', c), d.pop('c'), d.pop('c', 'gone'))
print(d.popitem(), len(d))
d.update({'x': c}, y=a)
print(sorted(d), list(d))
print(repr(d).startswith('<WeakValueDictionary at 0x'))
e = d.copy()
print(type(e).__name__, list(e.items()), e == d, e == {'a': a, 'x': c, 'y': a})
print([r() for r in d.valuerefs()])
del d['x']
try: del d['x']
except KeyError as err: print(repr(err))
d.clear(); print(len(d))
try: d.popitem()
except KeyError as err: print(repr(err))

k = weakref.WeakKeyDictionary()
k[a] = 1; k[b] = 2
print(len(k), a in k, 1 in k, k[a], list(k.values()), [r() for r in k.keyrefs()])
try: k[1]
except TypeError as err: print(err)
try: k[1] = 2
except TypeError as err: print(err)
try: k[c]
except KeyError as err: print(type(err.args[0]).__name__, err.args[0]() is c)
for node, v in k.items(): print(node, v)
print(repr(k).startswith('<WeakKeyDictionary at 0x'))

s = weakref.WeakSet([a, b])
s.add(c); s.add(a)
print(len(s), a in s, 1 in s, sorted(n.name for n in s))
s.discard(b); s.remove(c)
print(len(s), list(s))
try: s.remove(c)
except KeyError as err: print(type(err).__name__)
try: s.add(1)
except TypeError as err: print(err)
try: s.remove(1)
except TypeError as err: print(err)
print(s.pop(), len(s))
try: s.pop()
except KeyError as err: print(repr(err))
t = weakref.WeakSet([a])
print(t == weakref.WeakSet([a]), t == weakref.WeakSet(), t.copy() == t)
try: hash(t)
except TypeError as err: print(err)
cache = weakref.WeakValueDictionary()
def get(name):
    node = cache.get(name)
    if node is None:
        node = cache[name] = Node(name)
        print('made', name)
    return node
keep = [get('p'), get('q')]
print(get('p') is keep[0], len(cache))

from collections import OrderedDict

class Logged(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)

d = Logged(a=1)
d.update({'b': 2})
d.update([('c', 3)], e=5)
d.update(b=20)
print(d)
print(d.setdefault('z', 0), d)
d2 = Logged()
d2 |= {'q': 1}
print(d2)

class Upper(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

u = Upper()
u.update({'x': 1}, y=2)
u['w'] = 3
print(list(u.items()))

class HasKeys:
    def keys(self):
        return ['k']
    def __getitem__(self, k):
        return 'v'
u.update(HasKeys())
print(u)
try:
    u.update(1, 2)
except TypeError as e:
    print(e)
try:
    u.update(5)
except TypeError as e:
    print(e)
p = OrderedDict()
p.update([('a', 1)], b=2)
p.update({'c': 3})
p |= [('d', 4)]
print(p, p.setdefault('a', 9), p.setdefault('n'), p.setdefault(key='k', default=1))
for f in (lambda: p.update(1, 2), lambda: p.update([(1, 2, 3)]), lambda: p.update([(1,)]),
          lambda: d.update([(1, 2, 3)]), lambda: p.setdefault(1, 2, 3)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in (lambda: p.update([()]), lambda: p.update([5]), lambda: p.setdefault()):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

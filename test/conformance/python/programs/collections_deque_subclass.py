from collections import deque

class Q(deque):
    def push(self, x):
        self.append(x)
        return self

q = Q([1, 2, 3])
q.push(4).appendleft(0)
print(q, len(q), q[0], q[-1], list(q), type(q).__name__, isinstance(q, deque))
q.rotate(1)
print(q.popleft(), q.pop(), 3 in q, list(reversed(q)))
print(q == deque([0, 1, 2, 3]), q.maxlen)

class Bounded(deque):
    def __init__(self, items, limit):
        super().__init__(items, maxlen=limit)
        self.limit = limit
    def __repr__(self):
        return f'Bounded({list(self)}, limit={self.limit})'

b = Bounded(range(10), 3)
print(b, b.maxlen)
b.extend([20, 21])
print(b, sum(b))

class Loud(deque):
    def append(self, x):
        print('append', x)
        super().append(x)

l = Loud()
l.append(5)
l.extend([6])
print(l, bool(l), bool(Loud()))
try:
    hash(l)
except TypeError as e:
    print(e)
print(Loud([1, 2]) + deque([3]))
print(q * 2)
c = q.copy()
print(type(c).__name__, c)
r = Q(maxlen=2)
r.extend('abc')
r[0] = 'z'
print(r, r.maxlen)
del r[1]
print(r, sorted(Q([3, 1, 2])))
from collections.abc import MutableSequence, Sequence
print(isinstance(q, MutableSequence), isinstance(q, Sequence))
try:
    Q([1], 2, 3)
except TypeError as e:
    print(e)

# deque's list-like methods, operators and item deletion, with CPython's errors.
from collections import deque

d = deque([1, 2, 3, 2])
print(d.index(2), d.index(2, 2), d.index(3, -3, 4), d.count(2))
d.insert(1, 9)
d.insert(-100, 0)
d.insert(100, 8)
print(d)
d.remove(2)
print(d)
d.reverse()
print(d)
print(d == deque([8, 2, 3, 9, 1, 0]), d != deque(), deque([1, 2]) < deque([1, 3]), d == [8])
del d[0]
del d[-1]
print(d, len(d))
print(d + deque([7]), d * 2, 2 * d, d * 0)
alias = d
d += [5, 6]
d *= 2
print(alias is d, d)
bounded = deque([1, 2], maxlen=3)
print(bounded + deque([3, 4]), bounded * 2)
bounded += "ab"
print(bounded)


def delete(key):
    del d[key]


tries = [
    lambda: d.index(100),
    lambda: d.remove(100),
    lambda: d.index(),
    lambda: d.index(1, "a"),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: d + [1],
    lambda: d * 1.5,
    lambda: delete(50),
    lambda: delete("k"),
]
for t in tries:
    try:
        t()
    except (ValueError, TypeError, IndexError) as e:
        print(repr(e))

from collections import deque
d = deque([1, 2, 3, 2])
class I:
    def __index__(self): return 2
print(d.index(2, 2), d.index(2, I()), d.index(2, -3, None if False else 4))
for a in [(2, None), (2, 1.5), (9,)]:
    try:
        d.index(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(hash(frozenset({1, 2, 3})), OSError(2, "x", "f.txt"), OSError(2, "x", "f").args)
class K:
    __qualname__ = "Q"
    print(__module__)
print(K.__qualname__)

def f(a, b, /, c, *, d=1):
    return a, b, c, d


print(f(1, 2, 3), f(1, 2, c=3, d=4))


def g(a, /, **kw):
    return a, kw


print(g(1, a=2))
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: f(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
h = lambda x, /, y=2: x + y
print(h(1), h(1, y=5))


class P:
    def __init__(self, x, /, y):
        self.x, self.y = x, y

    def m(self, /, k=0):
        return self.x + self.y + k


print(P(1, y=2).m(k=3), P(1, 2).m())

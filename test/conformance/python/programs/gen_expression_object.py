# A generator expression is a generator object: send(), throw(), close(), __name__ and
# __qualname__, and a StopIteration escaping it becomes RuntimeError (PEP 479) from it.
g = (x * 10 for x in range(4))
print(next(g), g.send(None), g.send("ignored"))
g.close()
print(list(g), type(g).__name__, g.__name__, g.__qualname__)

g2 = (x for x in range(3))
try:
    g2.throw(ValueError("thrown in"))
except ValueError as e:
    print("throw:", repr(e))
print(list(g2))

try:
    (x for x in range(3)).send(1)
except TypeError as e:
    print(repr(e))


def outer():
    return (v for v in range(2))


class Holder:
    def method(self):
        return (c for c in "ab")

    def gen(self):
        yield 1


print(outer().__qualname__, Holder().method().__qualname__, Holder().gen().__qualname__)
print(repr(outer()).split(" at ")[0], repr(Holder().gen()).split(" at ")[0])

try:
    print(list(next(iter([])) for _ in range(2)))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def plain():
    yield next(iter([]))


try:
    next(plain())
except RuntimeError as e:
    print(repr(e), type(e.__cause__).__name__)

import collections.abc

print(isinstance((x for x in []), collections.abc.Generator))
print(sum(x * x for x in range(10)), max((len(w) for w in ["a", "abc"]), default=0))

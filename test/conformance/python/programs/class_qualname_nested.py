class Outer:
    class Inner:
        pass
def f():
    class L:
        pass
    return L
print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.__name__, f(), f().__qualname__)
print(repr(Outer.Inner()).split(' object')[0], repr(f()()).split(' object')[0])
class Sub(Outer.Inner):
    pass
print(Sub.__qualname__)

class O:
    pass


class F(O):
    pass


class E(O):
    pass


class Dd(O):
    pass


class C(Dd, F):
    pass


class B(Dd, E):
    pass


class A(B, C):
    pass


print(" ".join(k.__name__ for k in A.__mro__))
print(" ".join(k.__name__ for k in C.__mro__))

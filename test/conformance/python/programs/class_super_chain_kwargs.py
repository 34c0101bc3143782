class A:
    def __init__(self, **kw):
        print("A", sorted(kw))


class B(A):
    def __init__(self, b=0, **kw):
        print("B", b)
        super().__init__(**kw)


class C(A):
    def __init__(self, c=0, **kw):
        print("C", c)
        super().__init__(**kw)


class D(B, C):
    def __init__(self, **kw):
        print("D")
        super().__init__(**kw)


D(b=1, c=2, z=3)
print("end")

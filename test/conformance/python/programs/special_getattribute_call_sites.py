# Attribute hooks added to a class, and read by method calls and stored functions at sites the fast paths have already seen.
class A:
    def __init__(self):
        self.x = 1
    def m(self):
        return "m"
    def __getattribute__(self, k):
        print("get", k)
        return object.__getattribute__(self, k)
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
a = A()
for i in range(3):
    print(a.m())
    a.x += 1
    print(a.x)
class B:
    def __init__(self):
        self.n = 0
b = B()
for i in range(3):
    b.n += 1
B.__setattr__ = lambda self, k, v: print("late set", k, v)
for i in range(2):
    b.n += 1
print(b.n)
class C:
    def __init__(self): self.v = 2
    def __mul__(self, o): return "mul"
c = C()
for i in range(3):
    print(c * 2)
    if i == 1:
        C.__mul__ = lambda s, o: "new mul"
class D:
    pass
d = D()
d.f = lambda: "own f"
print(d.f())
D.__getattribute__ = lambda self, k: (lambda: "hooked")
print(d.f())

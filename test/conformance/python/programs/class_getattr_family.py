class C:
    a = 1

    def __init__(self):
        self.b = 2


c = C()
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "zz", "default"))
setattr(c, "z", 26)
print(c.z, hasattr(c, "z"))
delattr(c, "z")
print(hasattr(c, "z"))
print(sorted(vars(c).items()))
print(callable(c), callable(C), callable(len), callable(3))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)

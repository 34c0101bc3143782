class A:
    def __init__(self, v):
        self.v = v


cls = A
obj = cls(3)
other = type(obj)(4)
print(obj.v, other.v, type(other) is A)
print(type(3).__name__, type(2.0).__name__, type("s").__name__, type([]).__name__,
      type({}).__name__, type(None).__name__, type(True).__name__, type((1,)).__name__)
print(type(3) is int, type(int).__name__)

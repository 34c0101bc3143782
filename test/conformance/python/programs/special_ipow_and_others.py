class Box:
    def __init__(self, v):
        self.v = v

    def __pow__(self, k):
        return Box(self.v ** k)

    def __mod__(self, k):
        return Box(self.v % k)

    def __floordiv__(self, k):
        return Box(self.v // k)

    def __repr__(self):
        return f"Box({self.v})"


b = Box(3)
b **= 3
print(b)
b %= 10
print(b)
b //= 2
print(b)

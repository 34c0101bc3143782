class Base:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
        print("Base init", a, b)


class Child(Base):
    def __init__(self, a, c):
        super().__init__(a, b=a * 10)
        self.c = c
        print("Child init", c)


x = Child(1, "z")
print(x.a, x.b, x.c)

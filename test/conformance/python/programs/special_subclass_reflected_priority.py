class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"


print(Base(1) + Sub(2))
print(Sub(1) + Base(2))
print(Base(1) + Base(2))

class F:
    def __init__(self, v):
        self.v = v

    def __truediv__(self, o):
        return F(self.v / o)


try:
    F(1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((F(3) / 2).v)

class D:
    def __init__(self, v):
        self.v = v

    def __sub__(self, o):
        return D(self.v - (o.v if isinstance(o, D) else o))

    def __rsub__(self, o):
        return D(o - self.v)

    def __neg__(self):
        return D(-self.v)

    def __repr__(self):
        return f"D({self.v})"


print(D(5) - D(2), D(5) - 1, 10 - D(4), -D(3) - -D(1), 0 - (-D(2)))

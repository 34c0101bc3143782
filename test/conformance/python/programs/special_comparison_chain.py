class W:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v


a, b, c = W(1), W(2), W(0)
print(a < b < c)
print(c < a < b)

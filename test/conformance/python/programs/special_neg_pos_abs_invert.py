class Sig:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Sig(-self.v)

    def __abs__(self):
        return Sig(abs(self.v))

    def __invert__(self):
        return Sig(~self.v)

    def __repr__(self):
        return f"Sig({self.v})"


s = Sig(5)
print(-s, -(-s), abs(-s), ~s)

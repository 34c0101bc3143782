class Q:
    def __init__(self, v):
        self.v = v

    def __truediv__(self, o):
        return Q(self.v / (o.v if isinstance(o, Q) else o))

    def __rtruediv__(self, o):
        return Q(o / self.v)

    def __pow__(self, k):
        return Q(self.v ** k)

    def __rpow__(self, base):
        return Q(base ** self.v)

    def __repr__(self):
        return f"Q({self.v!r})"


print(Q(1) / Q(4), Q(3) / 2, 1 / Q(8), Q(2) ** 10, 2 ** Q(0.5), Q(9) ** 0.5)

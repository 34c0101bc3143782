class Scalar:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        o = o.v if isinstance(o, Scalar) else o
        return Scalar(self.v + o)

    __radd__ = __add__

    def __repr__(self):
        return f"S{self.v}"


xs = [Scalar(i) for i in range(1, 5)]
print(sum(xs), sum(xs, Scalar(100)), sum(x for x in xs if x.v > 2))

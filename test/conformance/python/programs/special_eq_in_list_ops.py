class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, C) and self.v == o.v

    __hash__ = None


xs = [C(1), C(2), C(3)]
print(C(2) in xs)
print(xs.index(C(3)))
print(xs.count(C(1)))
xs.remove(C(2))
print([c.v for c in xs])

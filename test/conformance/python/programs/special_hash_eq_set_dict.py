class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


s = {Key(1, 2), Key(1, 2), Key(2, 1)}
print(len(s), Key(1, 2) in s, Key(3, 3) in s)
d = {Key(0, 0): "origin"}
d[Key(0, 0)] = "again"
print(d, d[Key(0, 0)], len(d))
print(sorted(s, key=lambda k: (k.a, k.b)))

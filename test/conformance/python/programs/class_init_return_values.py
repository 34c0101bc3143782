class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def swap(self):
        return Pair(self.b, self.a)

    def as_tuple(self):
        return (self.a, self.b)


p = Pair("x", 1)
print(p.swap().as_tuple(), p.as_tuple())
pairs = [Pair(i, -i) for i in range(3)]
print([q.swap().as_tuple() for q in pairs])
print(sorted(pairs, key=lambda q: q.b)[0].a)

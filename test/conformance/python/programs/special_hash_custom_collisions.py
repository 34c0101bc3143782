class Bad:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, o):
        return self.v == o.v


s = set()
for v in [1, 2, 1, 3, 2]:
    s.add(Bad(v))
print(len(s), sorted(b.v for b in s))
d = {Bad(1): "a", Bad(2): "b"}
print(d[Bad(2)], Bad(3) in d)

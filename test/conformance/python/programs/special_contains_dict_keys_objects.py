class K:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, o):
        return isinstance(o, K) and self.k == o.k


d = {K("x"): 1, K("y"): 2}
print(K("x") in d, K("z") in d, d[K("y")], K("x") in d.keys(), 1 in d.values())
d[K("x")] += 10
print(sorted((k.k, v) for k, v in d.items()))

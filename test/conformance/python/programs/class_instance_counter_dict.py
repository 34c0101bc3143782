class Registry:
    def __init__(self):
        self.items = {}

    def add(self, key, value):
        self.items.setdefault(key, []).append(value)
        return self

    def __getitem__(self, key):
        return self.items[key]


r = Registry().add("a", 1).add("b", 2).add("a", 3)
print(r["a"], r["b"], r.items)

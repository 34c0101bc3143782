class Bag:
    shared = []

    def __init__(self):
        self.own = []

    def add(self, x):
        self.shared.append(x)
        self.own.append(x)


a, b = Bag(), Bag()
a.add(1)
b.add(2)
print(a.shared, b.shared, a.own, b.own, Bag.shared)

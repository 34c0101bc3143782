class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self


a = Acc()
f = a.add
f(3)
f(4)
print(a.total)
g = Acc.add
g(a, 10)
print(a.total)
ops = [a.add, a.add]
for op in ops:
    op(1)
print(a.add(1).add(2).total)

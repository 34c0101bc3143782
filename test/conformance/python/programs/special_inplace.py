class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __add__(self, o):
        return Acc(self.v + o)

    def __imul__(self, o):
        self.v *= o
        return self


a = Acc(1)
ref = a
a += 5
print(a.v, a is ref)
a *= 3
print(a.v, a is ref)
b = a + 1
print(b.v, b is a)

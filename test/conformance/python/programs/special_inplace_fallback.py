class Imm:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Imm(self.v + o)

    def __sub__(self, o):
        return Imm(self.v - o)

    def __repr__(self):
        return f"Imm({self.v})"


x = Imm(1)
y = x
x += 10
x -= 1
print(x, y, x is y)
items = [Imm(0), Imm(1)]
items[0] += 5
print(items)


class Holder:
    pass


h = Holder()
h.val = Imm(2)
h.val += 3
print(h.val)

class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __int__(self):
        return int(self.v)

    def __index__(self):
        return int(self.v)


n = Num(3.7)
print(float(n), int(n), [10, 20, 30, 40][Num(2)], "abcdef"[Num(1):Num(3)])
print(bin(Num(5)), range(Num(3))[-1])

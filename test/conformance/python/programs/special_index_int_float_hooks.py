class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100


class Bad:
    def __index__(self):
        return 1.5

    def __float__(self):
        return 2

    def __int__(self):
        return "3"


xs = list(range(10))
print(xs[Idx(3)], xs[Idx(-1)], xs[Idx(2):Idx(8):Idx(2)], "hello"[Idx(1)], (1, 2, 3)[Idx(0)])
print(list(range(Idx(4))), list(range(Idx(1), Idx(7), Idx(3))), chr(Idx(65)), int(Idx(7)), float(Idx(2)))
print(bin(Idx(10)), oct(Idx(64)), hex(Idx(255)), bin(-5), hex(0), oct(True), hex(-255))
m = Money(1999)
print(int(m), float(m), round(float(m)), [int(Money(c)) for c in (50, 150, 250)])
print(bin(2 ** 70), hex(3735928559), xs[True])
for bad in [
    lambda: xs[Bad()],
    lambda: float(Bad()),
    lambda: int(Bad()),
    lambda: bin(1.5),
    lambda: hex("a"),
    lambda: float(Idx("x")),
    lambda: int(object()),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

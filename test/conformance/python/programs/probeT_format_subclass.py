# A __format__, __str__ or __repr__ may return a str subclass's instance: what is kept and
# what becomes a plain str.


class Tagged(str):
    def shout(self):
        return self.upper() + "!"


class Price:
    def __init__(self, amount):
        self.amount = amount

    def __format__(self, spec):
        return Tagged(f"${self.amount:{spec or '.2f'}}")

    def __str__(self):
        return Tagged(f"{self.amount} dollars")

    def __repr__(self):
        return Tagged(f"Price({self.amount})")


p = Price(3.5)
print(type(f"{p}").__name__, f"{p}", f"{p}".shout())
print(type(f"{p:.1f}").__name__, f"{p:.1f}")
print(type(f"total: {p}").__name__, f"total: {p}")
print(type(f"{p!s}").__name__, type(f"{p!r}").__name__, f"{p!r}")
print(type(format(p)).__name__, type(format(p, ".3f")).__name__, format(p, ".3f"))
print(type("{}".format(p)).__name__, type("{0:.0f}".format(p)).__name__)
print(type("{} each".format(p)).__name__, type("{!s}".format(p)).__name__)
print(type(str(p)).__name__, str(p).shout(), type(repr(p)).__name__)
print(p, [p])
print(type(f"{Tagged('x')}").__name__, type(format(Tagged("x"))).__name__)
print(type(str(Tagged("y"))).__name__)


class Bad:
    def __format__(self, spec):
        return 42


for attempt in (lambda: f"{Bad()}", lambda: format(Bad()), lambda: "{}".format(Bad())):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

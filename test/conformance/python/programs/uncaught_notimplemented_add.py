class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return Money(self.c + o.c)


total = Money(1) + Money(2)
print(total.c)
total = total + 5

"""A function's __get__ binds it by hand as attribute lookup does (a descriptor of the program's can delegate to it); zero-argument super() without a first parameter says "no arguments"."""


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


def describe(self, currency="EUR"):
    return f"{self.owner}: {self.balance} {currency}"


acct = Account("ada", 12)
bound = describe.__get__(acct)
print(bound(), bound("USD"), type(bound).__name__)
print(bound.__self__ is acct, bound.__func__ is describe)
print(describe.__get__(None, Account) is describe)
print(describe.__get__(acct, Account)("GBP"))
acct.describe = describe.__get__(acct, Account)
print(acct.describe())
print((lambda self: self.balance * 2).__get__(acct)())
print(type(describe.__get__).__name__)
for args in [(), (1, 2, 3), (None, None)]:
    try:
        describe.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)


class logged:
    """A method decorator that is a descriptor, binding through the function's own __get__."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        method = self.fn.__get__(obj, owner)

        def call(*args):
            print("calling", self.fn.__name__, args)
            return method(*args)

        return call


class Counter:
    def __init__(self):
        self.n = 0

    @logged
    def add(self, k):
        self.n += k
        return self.n


c = Counter()
print(c.add(2), c.add(3), isinstance(Counter.add, logged))


class Base:
    def star(*args):
        return super()

    def none():
        return super()


def outside(x):
    return super()


for call in [lambda: Base().star(), lambda: Base.none(), lambda: outside(1), lambda: (lambda: super())()]:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)

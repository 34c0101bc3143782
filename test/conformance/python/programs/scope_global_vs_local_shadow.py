x = "global"


def f():
    x = "local"
    return x


def g():
    return x


def h():
    global x
    x = "rebound"


print(f(), g())
h()
print(f(), g(), x)

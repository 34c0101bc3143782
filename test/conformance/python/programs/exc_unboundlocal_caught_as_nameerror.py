x = 10


def f():
    print(x)
    x = 5


for handler in (UnboundLocalError, NameError):
    try:
        f()
    except handler as e:
        print(type(e).__name__, issubclass(type(e), NameError), e)


def g(flag):
    if flag:
        y = 1
    return y


print(g(True))
print(g(False))

# `__debug__` is True, as under python3 without -O: asserts run and `if __debug__:` blocks too.
def check(x):
    if __debug__:
        print("checking", x)
    assert x > 0, f"{x} is not positive"
    return x * 2


print(__debug__, type(__debug__).__name__)
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)

# A failed assert is reported where CPython 3.11 puts it: at the last comparison its
# condition branches on (through and/or, not and if-else), else at the whole statement.
x = 0
y = 1
z = 0


def check(v):
    assert isinstance(v, (int, float)), "only supporting int/float powers for now"
    return v


def check_cmp(v):
    assert y > 0 and isinstance(v, int), "a comparison before a call"
    return v


def check_not(v):
    assert not (v == 0)


def check_ifexp(v):
    assert v if y == 1 else v


for f, arg in [(check, "2"), (check_cmp, "2"), (check_not, 0), (check_ifexp, 0)]:
    try:
        f(arg)
    except AssertionError as e:
        print(f.__name__, repr(e))

check(2.0)
value = check("2")

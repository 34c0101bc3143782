# A comprehension in a class body is a function scope: it does not see the class's names
# (CPython raises NameError or reads the global), except its first iterable, which runs in
# the class body.
y = "global y"


class C:
    y = 10
    first = [i * 2 for i in range(y)]
    reads_global = [y for _ in range(2)]
    try:
        bad = [z for _ in range(2)]
    except NameError as e:
        err = repr(e)
    z = 3
    try:
        bad2 = [i for i in range(2) if z]
    except NameError as e:
        err2 = repr(e)
    try:
        bad3 = list(z for _ in range(1))
    except NameError as e:
        err3 = repr(e)
    keys = {k: y for k in "ab"}


print(C.first, C.reads_global, C.keys)
print(C.err)
print(C.err2)
print(C.err3)


def make():
    w = "enclosing w"

    class K:
        w = "class w"
        a = [w for _ in range(2)]
        b = [[w for _ in range(1)] for _ in range(1)]
        c = list(w for _ in range(1))

    return K


K = make()
print(K.a, K.b, K.c)


class G:
    global gname
    gname = "declared global"
    h = [gname for _ in range(2)]


print(G.h)

# A tuple display of constants is one tuple object, evaluated as often as you like (CPython folds
# it into a constant of the function's code); a display with a name in it makes a new tuple.


def grads():
    return (1.0, 1.0)


def mixed():
    return (1.0, -2, "a", (None, True), -0.5)


def empty():
    return ()


def with_name(x):
    return (x, 1.0)


print(grads() is grads(), grads() == (1.0, 1.0))
print(mixed() is mixed(), mixed())
print(empty() is empty(), empty(), len(empty()))
print(with_name(3) is with_name(3), with_name(3) == with_name(3))
print(id(grads()) == id(grads()))

# A constant tuple still behaves as any tuple: it is hashed, added to and iterated.
seen = {grads(): "g"}
print(seen[(1.0, 1.0)], grads() + (2.0,), list(grads()), [*mixed()])
t = grads()
t += (3.0,)
print(t, grads())
for a, b in [grads(), grads()]:
    print(a + b)
print(-0.0 in mixed(), mixed()[4], (-0.0,)[0])

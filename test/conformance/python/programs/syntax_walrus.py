# Assignment expressions (PEP 572): where they may stand, and which scope they bind in.
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")

while chunk := data[:2]:
    data = data[2:]
    print(chunk)

# In a comprehension, the name is bound in the enclosing scope (here the module).
values = [1.5, -2.0, 3.25]
squares = [y for x in values if (y := x * x) > 2]
print(squares, y)


def first_big(xs, limit):
    # A generator expression binds `hit` in the function that holds it.
    if any((hit := x) > limit for x in xs):
        return hit
    return None


print(first_big([1, 5, 20, 3], 4))
print(first_big([1, 2], 4))


def running_totals(xs):
    running = 0
    out = [running := running + x for x in xs]
    return out, running


print(running_totals([1, 2, 3, 4]))


def counter():
    count = 0

    def bump():
        nonlocal count
        return (count := count + 1)

    bump()
    bump()
    return count


print(counter())
print(max(a := 3, 7), a)
print([p := 10, p + 1])
print({q := 2, q * 3})
print(values[(i := 0)], i)
print(values[j := 1], j)

g = 0


def set_global():
    global g
    [(g := k) for k in range(5)]
    return g


print(set_global(), g)


class K:
    attr = (z := 5) + 1


print(K.attr, K.z)
print((lambda v: (w := v * 2) + w)(4))


def accumulate():
    total = 0
    while (got := (yield total)) is not None:
        total += got


it = accumulate()
next(it)
it.send(3)
print(it.send(4))
print(f"{(s := 'hi')!r} {s}")


def closure_reads():
    fns = [lambda: m for m in range(2)]
    if (last := fns[-1]()) == 1:
        return last, [(t := f()) for f in fns], t


print(closure_reads())

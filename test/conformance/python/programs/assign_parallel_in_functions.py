# Tuple assignments inside functions: values first, left to right, then the targets, left to
# right (a swap, a Fibonacci step, attributes, items, nested and list targets, a generator).
log = []


def note(tag, v):
    log.append(tag)
    return v


class P:
    def __init__(self):
        self.x, self.y = 1, 2

    def __setattr__(self, name, v):
        log.append(f"set {name}={v}")
        object.__setattr__(self, name, v)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def swap_and_more():
    x, y = 'left', 'right'
    x, y = y, x
    xs = [0, 1, 2]
    i = 0
    i, xs[i] = 2, 'first'  # i is stored before xs[i] is: xs[2] changes
    (p, q), [r, s] = (note('a', 1), note('b', 2)), [note('c', 3), note('d', 4)]
    u, v, w = note('u', 'U'), note('v', 'V'), note('w', 'W')
    pt = P()
    pt.x, pt.y = pt.y, pt.x
    return x, y, xs, p, q, r, s, u, v, w, pt.x, pt.y


def gen():
    a, b = yield 1, 2
    yield a + b


print([fib(k) for k in range(12)])
print(swap_and_more())
print(log)
g = gen()
print(next(g))
print(g.send((10, 20)))


def bad():
    a, b = 1, undefined_name
    return a


try:
    bad()
except NameError as e:
    print('NameError:', e)

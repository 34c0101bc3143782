# A call of an object with __call__ and the making of a class's instance each hold a
# recursion level while they run (CPython's slot_tp_call / type.__call__), so deep recursion
# through them stops at the depth CPython's does, with its message; and a Python frame left by
# an exception that native code catches (hasattr) gives its level back.
depth = 0


class Proc:
    def __call__(self, n):
        global depth
        depth = n
        return self(n + 1)


class Build:
    def __init__(self, n):
        global depth
        depth = n
        Build(n + 1)


class Pair:
    def __init__(self, f):
        self.f = f

    def __call__(self, *args):
        return run(self.f, args)


def run(f, args):
    return f(*args)


def step(n):
    return pair(n + 1)


pair = Pair(step)

for target in (lambda: Proc()(0), lambda: Build(0)):
    try:
        target()
    except RecursionError as e:
        print(e, depth)

for _ in range(3):
    try:
        pair(0)
    except RecursionError as e:
        print(e)


class Flaky:
    @property
    def x(self):
        raise AttributeError("none here")


f = Flaky()
print(sum(hasattr(f, "x") for _ in range(3000)))


def down(n):
    return down(n + 1) if n < 900 else n


print(down(0))

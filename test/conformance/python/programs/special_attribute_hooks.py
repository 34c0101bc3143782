class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen: cannot set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


p = Frozen(1, 2)
print(p.x, p.y)
for action in (lambda: setattr(p, "x", 5), lambda: delattr(p, "y")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        self.log = []
        self.value = 0

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        super().__delattr__(name)


class MoreLogged(Logged):
    def bump(self):
        self.value += 1
        self.value += 1


m = MoreLogged()
m.bump()
m.extra = "e"
del m.extra
print(m.log, m.value, hasattr(m, "extra"))
try:
    del m.missing
except AttributeError as e:
    print("AttributeError:", e)
print(m.log[-1])


class Defaults:
    known = "class attribute"

    def __init__(self):
        self.own = "own"

    def __getattr__(self, name):
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(f"no {name}")


d = Defaults()
print(d.own, d.known, d.x_ray, getattr(d, "x_y", None), getattr(d, "nothing", "fallback"))
print(hasattr(d, "nothing"), hasattr(d, "x_z"))


class Counted:
    def __init__(self):
        object.__setattr__(self, "reads", [])
        self.data = 3

    def __getattribute__(self, name):
        if name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"missing {name}"

    def double(self):
        return self.data * 2


c = Counted()
print(c.double(), c.data, c.nope)
print(c.reads)


class Tracker:
    def __init__(self):
        self.a = 1


t = Tracker()
t.b = 2
Tracker.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
t.c = 3
t.a = 4
print(t.a, t.b, t.c)
del Tracker.__setattr__
t.d = 5
print(t.d)

try:
    object.__setattr__(Tracker, "z", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__setattr__(t, 3, 1)
except TypeError as e:
    print("TypeError:", e)
print(object.__getattribute__(t, "a"))

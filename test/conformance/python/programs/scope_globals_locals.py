lr = 0.1
print(globals()["lr"], "lr" in globals(), globals().get("nope", 9), globals() is globals())
globals()["steps"] = 3
print(steps)
g = globals()
g["lr"] = 0.5
print(lr, g["lr"])
del g["steps"]
try:
    print(steps)
except NameError as e:
    print("NameError:", e)


def relu(x):
    return max(0.0, x)


def tanh_like(x):
    return x / (1 + abs(x))


for name in ("relu", "tanh_like"):
    print(name, globals()[name](-2.0), globals()[name](3.0))


def f(a, b=2):
    c = a + b

    def inner():
        return c

    return locals(), sorted(vars())


loc, names = f(1)
print(sorted(loc), loc["c"], names)
print(locals() is globals(), vars() is globals())


class K:
    x = 1
    y = x + 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))


print(K.snapshot, vars(K)["y"])
print(sorted(k for k in globals() if not k.startswith("__")))
print(len([k for k in globals() if k in ("lr", "relu", "f")]))

# NameError.name, AttributeError.name/.obj (CPython 3.10+) and the keyword arguments that
# set them; other exception classes take no keywords.
import math


def read_missing():
    try:
        return learning_rate
    except NameError as e:
        return e.name


print("global:", read_missing())


def outer():
    def inner():
        return step

    try:
        inner()
    except NameError as e:
        print("free:", e.name, "|", e)
    step = 1


outer()


def local_first():
    try:
        total += 1
    except UnboundLocalError as e:
        print("unbound local:", e.name)
    total = 0


local_first()


class Node:
    def __init__(self):
        self.data = 1.5

    @property
    def label(self):
        raise AttributeError("no label yet")


class Lazy:
    def __getattr__(self, key):
        raise AttributeError(f"{key}?")


n = Node()
probes = [
    ("instance", lambda: n.grad),
    ("property", lambda: n.label),
    ("getattr hook", lambda: Lazy().weights),
    ("builtin getattr", lambda: getattr(n, "bias")),
    ("module", lambda: math.tau2),
    ("class", lambda: Node.zero_grad),
    ("int", lambda: (3).data),
    ("list", lambda: [].grad),
]
for what, probe in probes:
    try:
        probe()
    except AttributeError as e:
        print(what, "->", e.name, type(e.obj).__name__, e.obj is n)

err = AttributeError("custom", name="w", obj=n)
print(err.name, err.obj is n, err.args, AttributeError("plain").name)
print(NameError("x").name, NameError("x", name="y").name)
print(ImportError("m", name="pkg", path="/p").path, ModuleNotFoundError("m").name)


class StepError(NameError):
    pass


print(StepError("s", name="k").name)
for make in [
    lambda: ValueError("bad", code=1),
    lambda: StepError("s", nam="k"),
    lambda: AttributeError(name="a", obj=1, extra=2),
    lambda: NameError(name="a", obj=1),
    lambda: ImportError(path="p", name="n", msg="m"),
    lambda: KeyError(key=1),
]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

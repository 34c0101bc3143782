class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x**2 + self.y**2


p = Point(3, 4)
d = vars(p)
print(d, d is p.__dict__, d is vars(p))
d["x"] = 6
d["z"] = 0
print(p.x, p.z, p.norm2())
p.y = 8
del p.z
print(d, "z" in d, hasattr(p, "z"))
del d["x"]
print(hasattr(p, "x"), sorted(vars(p)))
d.update(x=1, label="P")
print(p.x, p.label, len(p.__dict__))
print(vars(p).get("kind"), p.kind, "kind" in vars(p))
p.__dict__.clear()
print(vars(p), hasattr(p, "y"))
p.__dict__ = {"x": 10, "y": 0}
print(p.norm2(), vars(p))
try:
    p.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)


def snapshot(obj):
    return {k: v for k, v in obj.__dict__.items() if not k.startswith("_")}


class Model:
    def __init__(self):
        self.lr = 0.1
        self._private = 1
        self.steps = 3


m = Model()
for key, value in snapshot(m).items():
    setattr(m, key, value * 2)
print(vars(m))


class Slotted:
    __slots__ = ("a",)


for f in (lambda: vars(Slotted()), lambda: Slotted().__dict__):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

ns = Point.__dict__
print(type(ns).__name__, "norm2" in ns, ns["kind"], ns.get("missing", "-"), vars(Point) == ns)
print(callable(ns["norm2"]), isinstance(ns, dict), type(ns.copy()).__name__)
Point.extra = 5
print("extra" in ns, ns["extra"], [k for k in ns if not k.startswith("__")])
for action in (lambda: ns.__setitem__, lambda: ns.update):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    ns["kind"] = "other"
except TypeError as e:
    print("TypeError:", e)
try:
    del ns["kind"]
except TypeError as e:
    print("TypeError:", e)
print(Point.kind, ns["__module__"])

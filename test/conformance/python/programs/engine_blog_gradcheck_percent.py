# Reverse mode with (parent, local gradient) pairs, checked against central differences,
# printed with %-formatting (%e, % .8f, %g, %(name)s) and str.format specs.
import math
import sys


class Var:
    def __init__(self, v, parents=(), name=None):
        self.v = v
        self.g = 0
        self.parents = parents  # list of (parent, local_grad)
        self.name = name

    def __repr__(self):
        return "Var(%s, g=%r)" % (self.v, self.g)

    def __add__(self, o):
        o = o if isinstance(o, Var) else Var(o)
        return Var(self.v + o.v, ((self, 1.0), (o, 1.0)))

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Var) else Var(o)
        return Var(self.v * o.v, ((self, o.v), (o, self.v)))

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = o if isinstance(o, Var) else Var(o)
        return Var(self.v / o.v, ((self, 1 / o.v), (o, -self.v / o.v ** 2)))

    def __rtruediv__(self, o):
        return Var(o) / self

    def __neg__(self):
        return Var(-self.v, ((self, -1.0),))

    def __sub__(self, o):
        return self + (-o if isinstance(o, Var) else -o)

    def __rsub__(self, o):
        return Var(o) + (-self)


def exp(x):
    e = math.exp(x.v)
    return Var(e, ((x, e),))


def log(x):
    return Var(math.log(x.v), ((x, 1 / x.v),))


def sigmoid(x):
    return 1 / (1 + exp(-x))


def grad(out):
    # iterative post-order DFS
    order, seen, stack = [], set(), [out]
    while stack:
        node = stack[-1]
        if id(node) in seen:
            stack.pop()
            if node not in order:
                order.append(node)
            continue
        seen.add(id(node))
        for p, _ in node.parents:
            if id(p) not in seen:
                stack.append(p)
    out.g = 1
    for node in reversed(order):
        for p, lg in node.parents:
            p.g += lg * node.g


def f(a, b, c):
    return log(sigmoid(a * b) + c) * a - b / c


def numeric(fn, args, i, h=1e-6):
    lo = list(args)
    hi = list(args)
    lo[i] -= h
    hi[i] += h
    return (fn(*[Var(x) for x in hi]).v - fn(*[Var(x) for x in lo]).v) / (2 * h)


points = [(0.5, -1.2, 2.0), (1.0, 1.0, 1.0), (-2.0, 0.3, 3.5)]
worst = 0.0
for pt in points:
    vs = [Var(x, name=n) for x, n in zip(pt, "abc")]
    out = f(*vs)
    grad(out)
    print("f%s = %.10f" % (pt, out.v))
    for i, v in enumerate(vs):
        num = numeric(f, pt, i)
        err = abs(num - v.g) / max(1e-12, abs(num) + abs(v.g))
        worst = max(worst, err)
        print("  d/d%s analytic=% .8f numeric=% .8f relerr=%e" % (v.name, v.g, num, err))
        print("  {:>4} {:<12.5g}|{:^12.3e}|".format(v.name, v.g, err))

print("worst relative error: {:.2e}".format(worst))
print("ok" if worst < 1e-5 else "FAIL", file=sys.stderr if worst >= 1e-5 else sys.stdout)
print("%5.1f%%" % (100 * (1 - worst)))
print("%-8s|%8s|" % ("left", "right"), "%+d %x %o %X %#x" % (42, 255, 8, 255, 255))
print("%(name)s=%(val).3f" % {"name": "lr", "val": 0.05})
print(Var(3) * 2, Var(1.5) + 1)
print(repr(Var(2) / 3))
print("%r %s %a" % ("héllo", "x", "héllo"))
print("%c%c %i %u" % (72, "i", 3.9, -2))
print("%g %g %g %G" % (1e-5, 123456789.0, 0.0001, 1e20))
print("%.0f %.0f %.0f %e" % (0.5, 1.5, 2.5, 0.0))

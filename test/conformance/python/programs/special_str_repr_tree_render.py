# A computation graph drawn as a text tree (box characters, f-strings, textwrap), and the
# errors of __str__/__repr__ that return a non-string, through str, repr, f-strings, % and print.
import math
import textwrap


class Value:
    def __init__(self, data, children=(), op="", label=""):
        self.data, self.grad, self.children, self.op, self.label = data, 0.0, children, op, label

    def __add__(self, o): return Value(self.data + o.data, (self, o), "+")
    def __mul__(self, o): return Value(self.data * o.data, (self, o), "×")
    def tanh(self): return Value(math.tanh(self.data), (self,), "tanh")

    def __str__(self):
        return f"{self.label or self.op or '?'}={self.data:.4g}"


def render(v, prefix="", last=True, out=None):
    out = [] if out is None else out
    connector = "└── " if last else "├── "
    out.append(prefix + connector + str(v))
    prefix += "    " if last else "│   "
    for i, c in enumerate(v.children):
        render(c, prefix, i == len(v.children) - 1, out)
    return out


a, b, c = Value(2.0, label="a"), Value(-3.0, label="b"), Value(10.0, label="c")
e = a * b
d = e + c
L = (d * Value(-2.0, label="f")).tanh()
print("\n".join(render(L)))
print(textwrap.fill("The loss is " + ", ".join(f"{x:.3f}" for x in [0.1 * i for i in range(30)]), width=60))
print(textwrap.indent("line1\nline2", "  > "), textwrap.dedent("    a\n      b"), textwrap.shorten("hello   world  again", width=12))
print("|".join(s.center(7, "·") for s in ["α", "βγ", "δεζ"]), "ñ".upper(), "straße".upper(), "ǅ".lower(), len("日本語"), "日本語"[1:], ascii("é→"))
print("{:─^20}".format(" summary "), f"{'█' * 5:<10}|", "x".ljust(3, "."), "%-6s|%6s" % ("é", "ü"))


class Bad:
    def __str__(self):
        return 3.5


class BadRepr:
    def __repr__(self):
        return None


for obj in (Bad(), BadRepr()):
    for fn in (str, repr, lambda o: f"{o}", lambda o: "%s" % o, lambda o: [o].__repr__(), print):
        try:
            fn(obj)
        except TypeError as ex:
            print("TypeError:", ex)

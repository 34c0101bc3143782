# A class whose operators return NotImplemented for anything but its own kind: once both
# sides declined, a list, str, tuple or bytes operand answers with its own rule.
class Scalar:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, Scalar):
            return Scalar(self.x + other.x)
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, other):
        if isinstance(other, Scalar):
            return Scalar(self.x * other.x)
        return NotImplemented

    __rmul__ = __mul__


class Count(Scalar):
    def __index__(self):
        return self.x


s = Scalar(2)
attempts = [
    ("list * s", lambda: [0.5] * s),
    ("s * list", lambda: s * [0.5]),
    ("str * s", lambda: "ab" * s),
    ("s * tuple", lambda: s * (1,)),
    ("list + s", lambda: [1] + s),
    ("s + list", lambda: s + [1]),
    ("str + s", lambda: "w=" + s),
    ("tuple + s", lambda: (1, 2) + s),
    ("bytes + s", lambda: b"ab" + s),
    ("bytes * s", lambda: b"ab" * s),
    ("bytearray + s", lambda: bytearray(b"a") + s),
    ("s * s", lambda: (s * s).x),
]
for name, f in attempts:
    try:
        print(name, "->", f())
    except TypeError as e:
        print(name, "-> TypeError:", e)

# With __index__ the sequence repeats.
print([7] * Count(3), Count(2) * "xy", (0,) * Count(2))
grid = ["."] * Count(2)
grid *= Count(2)
print(grid)
label = "w" + str(s.x)
label *= Count(2)
print(label)

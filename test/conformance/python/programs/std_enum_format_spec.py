# An op-kind Enum in a graph dump: format specs on plain Enum members pad str(member)
# (3.11's Enum.__format__), honour a class's own __str__, and IntEnum formats its value.
import enum


class Op(enum.Enum):
    LEAF = enum.auto()
    ADD = "+"
    MUL = "*"
    TANH = "tanh"


class Pretty(enum.Enum):
    RELU = "relu"
    SIGMOID = "sigmoid"

    def __str__(self):
        return self.value.upper()


class Stage(enum.IntEnum):
    FORWARD = 1
    BACKWARD = 2


class Flags(enum.Flag):
    GRAD = 1
    LEAF = 2


nodes = [("x", Op.LEAF, 2.0), ("w", Op.LEAF, -3.0), ("xw", Op.MUL, -6.0), ("b", Op.LEAF, 6.8813735870195432),
         ("n", Op.ADD, 0.8813735870195432), ("o", Op.TANH, 0.7071067811865476)]
print(f"{'name':<6}{'op':>12}{'data':>10}")
for name, op, data in nodes:
    print(f"{name:<6}{op:>12}{data:>10.4f}")
print(f"[{Op.ADD:^14}] [{Op.MUL!s:-<10}] [{Op.TANH!r:>20}]")
print("{:>12}|{:<12}|{}".format(Op.LEAF, Pretty.RELU, Pretty.SIGMOID))
print(format(Op.ADD), format(Op.ADD, ""), format(Pretty.RELU, "*^10"))
print(f"{Stage.BACKWARD:>4}|{Stage.FORWARD:03d}|{Stage.FORWARD}|{Stage.BACKWARD!s:>4}")
print(f"{Flags.GRAD:>12}|{Flags.GRAD | Flags.LEAF}|")
try:
    print(f"{Op.ADD:.2f}")
except ValueError as e:
    print("ValueError:", e)

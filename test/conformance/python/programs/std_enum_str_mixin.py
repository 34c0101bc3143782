# Enums mixed with str or int: the members are also their values (equal to them, the same
# dict keys, written by json as them), and show as CPython 3.11 shows them.
import json
from enum import Enum, StrEnum, auto


class Color(str, Enum):
    RED = "red"
    GREEN = "green"

    def shout(self):
        return self.upper()


print(Color.__mro__)
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED), "%s" % Color.RED)
print(Color.RED == "red", "red" == Color.RED, hash(Color.RED) == hash("red"), {"red": 1}[Color.RED])
print(Color("red"), Color["GREEN"], Color.RED.value, Color.RED.name, Color.RED.shout(), len(Color.RED))
print(Color.RED + "!", json.dumps({Color.RED: Color.GREEN}), json.dumps([Color.RED]))
print(isinstance(Color.RED, str), type(Color.RED).__name__, list(Color), Color.RED in Color)
print(sorted([Color.RED, Color.GREEN]), [c.value for c in Color], ", ".join(Color))


class Level(int, Enum):
    LOW = 1
    HIGH = 3


print(repr(Level.LOW), str(Level.LOW), f"{Level.HIGH}", Level.LOW + 1, Level.HIGH > Level.LOW)
print(Level.LOW == 1, Level(3), [0, 10, 20, 30][Level.HIGH], json.dumps(Level.HIGH), isinstance(Level.LOW, int))


class Mode(StrEnum):
    TRAIN = auto()
    EVAL = "eval"


print(repr(Mode.TRAIN), str(Mode.TRAIN), f"[{Mode.EVAL:>6}]", Mode.TRAIN == "train", Mode("eval"))
print(Mode.__mro__, "-".join(Mode), "%s" % Mode.EVAL, json_dumps := json.dumps({"mode": Mode.TRAIN}))

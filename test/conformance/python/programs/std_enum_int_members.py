# IntEnum and IntFlag members are ints: isinstance, arithmetic, indexing, json, format,
# comparisons and hashing as their values.
import json
from enum import Flag, IntEnum, IntFlag


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Plain(Flag):
    A = 1
    B = 2


print(isinstance(Color.RED, int), isinstance(Color.RED, Color), issubclass(Color, int))
print(Color.RED + 1, 1 + Color.RED, Color.GREEN * 3, Color.BLUE // 2, -Color.RED, abs(Color.RED))
print(type(Color.RED + 1), int(Color.RED), float(Color.GREEN), ["a", "b", "c", "d"][Color.BLUE])
print(json.dumps(Color.RED), json.dumps([Color.GREEN, Perm.R]), json.dumps({Color.RED: "x"}))
print(f"{Color.RED}", str(Color.RED), repr(Color.RED), format(Color.GREEN, "03d"), "%d" % Color.BLUE)
print(Color.RED < 2, Color.RED == 1, Color.GREEN > Color.RED, hash(Color.RED) == hash(1))
print({1: "a"}[Color.RED], {Color.GREEN: "g"}[2], 3 in {Color.BLUE}, len({1, Color.RED}))
print(sorted([Color.BLUE, 2, Color.RED]), max(Color), sum(Color), bool(Color.RED))
print(list(range(Color.BLUE)), "ab" * Color.GREEN)
print(isinstance(Perm.R, int), Perm.R + 1, f"{Perm.R | Perm.W}", str(Perm.R), repr(Perm.R | Perm.W))
print(Perm.R | 1, repr(Perm.R | 8), repr(Perm(8)), Perm(8).name, {4: "x"}[Perm.R])
print(Plain, Perm, repr(Plain(0)), str(Plain(0)), Plain(0).name, Plain.A | Plain.B)
print(Color.BLUE & 2, Color.RED | 2, Color.BLUE ^ 1, Color.BLUE >> 1, ~Color.RED, Color.BLUE / 2)
print(divmod(Color.BLUE, 2), round(Color.BLUE), round(Color.BLUE, -1), pow(Color.GREEN, 3))
print(repr(~Perm.R), repr(~Plain.A), repr(Perm.R & 1), repr(Perm.R ^ Perm.W), 1 | Perm.R)
print(hex(Color.BLUE), bin(Perm.R), chr(64 + Color.RED), str(Color.RED) + "!", abs(-Color.BLUE))
import math

print(math.sqrt(Color.BLUE) > 1.7, math.floor(Color.GREEN), math.ceil(Perm.W), math.exp(Color.RED) > 2)

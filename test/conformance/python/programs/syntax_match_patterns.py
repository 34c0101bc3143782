# The match statement: literal, capture, wildcard, value, or, as, guard, sequence, mapping
# and class patterns (__match_args__, keywords, int()/str()/float()), soft keywords.
from collections import namedtuple


class Color:
    RED = "red"
    GREEN = "green"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Value:
    def __init__(self, data, op=""):
        self.data = data
        self.op = op


def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as flag:
            return f"bool {flag}"
        case 0:
            return "zero"
        case -1 | 1.5:
            return f"special number {obj}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return f"number {obj}"
        case "add" | "mul" as op:
            return f"op {op}"
        case str(s):
            return f"text {s!r}"
        case Color.RED:
            return "never: a str matched above"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [first, *rest] if len(rest) > 2:
            return f"long sequence from {first}, {len(rest)} more"
        case (a, b):
            return f"pair {a} {b}"
        case [a, b, *_, last]:
            return f"sequence {a} {b} .. {last}"
        case {"type": "linear", "in": n_in, **rest}:
            return f"linear layer {n_in} {rest}"
        case {"lr": lr}:
            return f"config lr={lr}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Value(data=d, op="+"):
            return f"sum node {d}"
        case Value(data=float(d)):
            return f"value {d}"
        case _:
            return f"something else: {type(obj).__name__}"


for thing in [None, True, 0, -1, 1.5, 500, 7, 2.5, "add", "hi", [], [3], [1, 2, 3, 4],
              (1, 2), [1, 2, 3], {"type": "linear", "in": 2, "out": 3}, {"lr": 0.1, "x": 1},
              Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 2), Value(3.0, "+"),
              Value(2.0), Value(2), {1, 2}, range(2)]:
    print(describe(thing))


def color_name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
    return "?"


print(color_name("red"), color_name("green"), color_name("blue"))

match = {"match": 1}
case = 2
print(match["match"], case)

Pair = namedtuple("Pair", "left right")
match Pair(1, 2):
    case (l, r):
        print("tuple-like", l, r)

def walk(expr):
    match expr:
        case ("+", left, right):
            return walk(left) + walk(right)
        case ("*", left, right):
            return walk(left) * walk(right)
        case int(v) | float(v):
            return v
        case other:
            raise ValueError(f"bad {other}")


print(walk(("+", 1, ("*", 2, 3.5))))

def gen(items):
    for it in items:
        match it:
            case [k, v]:
                yield f"{k}={v}"
            case str() as s:
                yield s.upper()


print(list(gen([["a", 1], "b", 3])))
command = "go north"
match command.split():
    case [action]:
        print("single", action)
    case [action, obj]:
        print("double", action, obj)
print(action, obj)

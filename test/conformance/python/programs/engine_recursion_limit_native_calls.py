# CPython 3.11 counts the module's frame as the first recursion level, and a call of a C
# function (set.add, math.exp, id, int(...), a class of the program) as one more while it
# runs: at the limit, such a call fails "while calling a Python object" before the next
# Python call would. len, isinstance, list.append and float(...) take no level.
import math


class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent


def chain(n):
    node = Node(0.0)
    for i in range(1, n):
        node = Node(i * 0.5, node)
    return node


def order(node, seen, out):
    if node not in seen:
        seen.add(node)
        if node.parent is not None:
            order(node.parent, seen, out)
        out.append(node)


for length in (990, 996, 997, 998, 1200):
    seen, out = set(), []
    try:
        order(chain(length), seen, out)
        print(length, "ordered", len(out))
    except RecursionError as e:
        print(length, "RecursionError:", e, len(seen))

reached = 0


def deepest(d, probe):
    global reached
    reached = d
    probe(d)
    deepest(d + 1, probe)


probes = {
    "plain": lambda d: None,
    "exp": lambda d: None,
}


def run(name, step):
    def recurse(d):
        global reached
        reached = d
        step(d)
        recurse(d + 1)

    try:
        recurse(0)
    except RecursionError as e:
        print(f"{name:>10}: {reached} {e}")


run("nothing", lambda d: d)
bucket = []
run("append", bucket.append)
marks = set()
run("set.add", marks.add)
run("math.exp", lambda d: math.exp(-d))
run("len", lambda d: len(bucket))
run("float", lambda d: float(d))
run("int", lambda d: int(d))
run("id", lambda d: id(d))
run("Node()", lambda d: Node(d))
run("format", lambda d: f"{d:.1f}")


def top(node):
    return order(node, set(), [])


try:
    top(chain(2000))
except RecursionError as e:
    print("uncaught next:", e)
order(chain(3000), set(), [])

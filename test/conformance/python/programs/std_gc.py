# gc as benchmarks and autograd programs call it: pause the collector around a timed loop,
# collect, read counts and thresholds. Only what is deterministic is printed.
import gc


class Node:
    def __init__(self):
        self.children = []
        self.parent = None


def build(n):
    root = Node()
    for _ in range(n):
        child = Node()
        child.parent = root
        root.children.append(child)
    return root


was = gc.isenabled()
gc.disable()
try:
    tree = build(100)
    print("enabled while building:", gc.isenabled(), len(tree.children))
finally:
    if was:
        gc.enable()
print("enabled after:", gc.isenabled())

del tree
freed = gc.collect()
print("collect gives", type(freed).__name__, freed >= 0)
print("generation 0:", type(gc.collect(0)).__name__)
print("generation=1:", type(gc.collect(generation=1)).__name__)

count = gc.get_count()
print("count:", type(count).__name__, len(count), all(isinstance(c, int) for c in count))

print("threshold:", gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(1000)
print("set one:", gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print("set three:", gc.get_threshold())
gc.set_threshold(*old)
print("restored:", gc.get_threshold())

gc.set_debug(gc.DEBUG_SAVEALL)
print("debug:", gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_LEAK)
gc.set_debug(0)
print("garbage:", gc.garbage, "callbacks:", gc.callbacks)


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("collect(3):", lambda: gc.collect(3))
attempt("collect('2'):", lambda: gc.collect("2"))
attempt("collect(1, 2):", lambda: gc.collect(1, 2))
attempt("enable(True):", lambda: gc.enable(True))
attempt("set_threshold():", lambda: gc.set_threshold())
attempt("set_threshold(1.5):", lambda: gc.set_threshold(1.5))
attempt("get_count(0):", lambda: gc.get_count(0))

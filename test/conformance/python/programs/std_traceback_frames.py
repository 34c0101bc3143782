# Tracebacks through a generator expression, a list comprehension's own frame, a key function,
# an assert, a call over two lines, a finally block, a with block, nested subscripts, a
# NameError and a failing ** (CPython 3.11's markers under each).
import traceback

class Model:
    def __init__(self):
        self.w = None
    def forward(self, x):
        return self.w * x
    def loss(self, xs):
        return sum(self.forward(x) for x in xs)

m = Model()
try:
    m.loss([1, 2])
except TypeError:
    print(traceback.format_exc())

try:
    ys = [1 / x for x in [1, 0]]
except ZeroDivisionError:
    print(traceback.format_exc())

try:
    sorted([3, 1], key=lambda v: v / 0)
except ZeroDivisionError:
    print(traceback.format_exc())

def check(v):
    assert v > 0, "must be positive"
try:
    check(-1)
except AssertionError:
    print(traceback.format_exc())

def multi(a,
          b):
    return a + b
try:
    multi(1,
          "x")
except TypeError:
    print(traceback.format_exc())


def cleanup():
    try:
        raise KeyError("k")
    finally:
        pass
try:
    cleanup()
except KeyError:
    print(traceback.format_exc())

class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def use():
    with CM():
        raise ValueError("inside with")
try:
    use()
except ValueError:
    print(traceback.format_exc())

d = {"a": {"b": 1}}
try:
    d["a"]["c"]
except KeyError:
    print(traceback.format_exc())

try:
    undefined_name
except NameError:
    print(traceback.format_exc())
try:
    x = 2 ** "a"
except TypeError:
    print(traceback.format_exc())

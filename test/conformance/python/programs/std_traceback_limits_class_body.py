# Tracebacks through a class body's frame, a generator resumed by next(), a metaclass __call__ and
# __init__, a finally block and a bare re-raise; format_exception's limit (first frames, or the last
# with a negative one), format_tb, and print_exc(limit=, file=).
import traceback, sys
try:
    class X:
        y = 1 / 0
except ZeroDivisionError:
    print(traceback.format_exc())

def gen():
    yield 1
    yield 1 / 0
g = gen()
next(g)
try:
    next(g)
except ZeroDivisionError:
    print(traceback.format_exc())

def a():
    return b()
def b():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=1))
    print(traceback.format_exception(e, limit=-1))
    print("".join(traceback.format_tb(e.__traceback__)))

class Meta(type):
    def __call__(cls, *args):
        return super().__call__(*args)
class Bad(metaclass=Meta):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    Bad()
except RuntimeError:
    print(traceback.format_exc())

try:
    try:
        raise KeyError("inner")
    finally:
        print("finally ran")
except KeyError:
    print(traceback.format_exc())

def level3():
    raise TypeError("t")
def level2():
    try:
        level3()
    except TypeError:
        raise
try:
    level2()
except TypeError:
    traceback.print_exc(limit=2, file=sys.stdout)

# sys.exc_info() / sys.exception() name the exception being handled. A generator suspended
# inside an except block keeps that exception to itself (the caller's exc_info, bare raise
# and __context__ do not see it); a finally block run by a raised exception handles it
# (exc_info sees it, a bare raise re-raises it, an error there has it as __context__).
import sys


def where(tag):
    kind, value, _ = sys.exc_info()
    print(tag, kind.__name__ if kind else None, repr(value), sys.exception() is value)


def retrying():
    try:
        raise ConnectionError("first try")
    except ConnectionError:
        yield "waiting"
        where("  generator, resumed")


where("start")
attempt = retrying()
print(next(attempt))
where("caller")
try:
    raise ValueError("caller's own")
except ValueError as e:
    print("context:", repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
next(attempt, None)

try:
    try:
        raise KeyError("k")
    finally:
        where("finally")
except KeyError:
    pass
try:
    try:
        raise OSError("disk")
    finally:
        raise
except OSError as e:
    print("re-raised:", repr(e))


def closing():
    try:
        yield 1
        raise LookupError("inside")
    finally:
        raise TimeoutError("cleanup failed")


c = closing()
next(c)
x = next(c)

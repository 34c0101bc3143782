import math


def check(label, read):
    try:
        print(label, read())
    except NameError as err:
        print(label, "NameError:", err)


try:
    int("x")
except ValueError as e:
    print("handled", type(e).__name__)
check("e after handler", lambda: e)

pi = 3
del pi
check("pi after del", lambda: pi)
print("math.pi is still there", math.pi)

try:
    raise KeyError("k")
except KeyError as log:
    print("log is the exception here:", repr(log))
check("log after handler", lambda: log)

e = "rebound"
check("e rebound", lambda: e)


def local_handler():
    try:
        1 / 0
    except ZeroDivisionError as exp:
        message = str(exp)
    try:
        return exp
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err} ({message})"


print(local_handler())

try:
    raise ValueError("outer")
except ValueError as str_error:
    try:
        raise TypeError("inner")
    except TypeError as tanh:
        print("nested", str_error, tanh)
    check("tanh inside outer handler", lambda: tanh)
check("str_error after", lambda: str_error)

try:
    raise RuntimeError("r")
except RuntimeError as len:
    pass
print("a Python built-in comes back:", len("abc"))

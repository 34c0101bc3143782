import sys


class Closing:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("closing", self.name, "on", kind.__name__ if kind else None)
        return False


def leave(code):
    try:
        with Closing("file"):
            sys.exit(code)
    finally:
        print("finally ran for", repr(code))


for code in (None, 0, 3, "bad input", (1, 2)):
    try:
        leave(code)
    except SystemExit as e:
        print("code", repr(e.code), "args", e.args, "str", repr(str(e)), repr(e))

# SystemExit is a BaseException, not an Exception: `except Exception` lets it through.
try:
    try:
        sys.exit(2)
    except Exception:
        print("never")
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception), issubclass(SystemExit, BaseException))

for quitter in (exit, quit):
    print(quitter, type(quitter).__name__, callable(quitter))
    try:
        quitter(5)
    except SystemExit as e:
        print(quitter.name, "raised", repr(e), e.code)
    try:
        quitter()
    except SystemExit as e:
        print(quitter.name, "raised", repr(e), e.code)

try:
    raise SystemExit
except SystemExit as e:
    print(repr(e), e.code, e.args)

# The code is an attribute: a handler may change it before raising again.
try:
    try:
        sys.exit(9)
    except SystemExit as e:
        e.code = 4
        raise
except SystemExit as e:
    print("code now", e.code, "args still", e.args)


class Abort(SystemExit):
    pass


try:
    raise Abort("stopping")
except SystemExit as e:
    print(type(e).__name__, e.code)

for args in ((1, 2), ()):
    try:
        sys.exit(*args)
    except TypeError as e:
        print("TypeError:", e)
    except SystemExit as e:
        print("no args:", repr(e))
try:
    sys.exit(code=1)
except TypeError as e:
    print("TypeError:", e)
print(sys.exit)

# functools.update_wrapper: a class-based decorator takes the wrapped function's name, doc,
# annotations and attributes; assigned= and updated= narrow what is copied.
import functools


class Retry:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.attempts = 0

    def __call__(self, *args):
        self.attempts += 1
        print(f"attempt {self.attempts} of {self.__name__}")
        return self.func(*args)


@Retry
def fetch(key: str) -> int:
    "Looks a key up."
    return len(key)


print(fetch("abc"), fetch("de"), fetch.attempts)
print(fetch.__name__, fetch.__qualname__, fetch.__doc__, fetch.__module__)
print(fetch.__annotations__, fetch.__wrapped__ is fetch.func)


def tagged(f):
    f.tag = "blue"
    return f


@tagged
def source(x):
    "source doc"
    return x * 2


def only_name(f):
    def inner(*a):
        return f(*a)

    return functools.update_wrapper(inner, f, assigned=("__name__",), updated=())


narrow = only_name(source)
print(narrow.__name__, narrow.__doc__, sorted(narrow.__dict__), narrow(21))
full = functools.update_wrapper(lambda: None, source)
print(full.__name__, full.tag, full.__doc__)
print(functools.update_wrapper(lambda: None, max).__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
try:
    functools.update_wrapper(lambda: None, source, assigned=(42,))
except TypeError as e:
    print("TypeError:", e)

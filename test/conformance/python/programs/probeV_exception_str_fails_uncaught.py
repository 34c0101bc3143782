"""An uncaught error whose __str__ raises ends the program with CPython's '<exception str() failed>'."""


class Broken(Exception):
    def __str__(self):
        print("__str__ runs once, when the error is shown")
        return 1 / 0


def deep(n):
    if n == 0:
        raise Broken("hidden")
    deep(n - 1)


print("start")
deep(3)

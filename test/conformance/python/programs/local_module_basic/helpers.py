GREETING = "hi from helpers"
_count = 0


def square(x):
    return x * x


def counter():
    global _count
    _count += 1
    return _count

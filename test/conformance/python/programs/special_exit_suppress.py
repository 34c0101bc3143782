class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressed", exc_type.__name__, exc)
            return True
        return False


with Suppress(KeyError, ZeroDivisionError):
    {}["missing"]
print("after 1")
with Suppress(ZeroDivisionError):
    x = 1 / 0
    print("not reached")
print("after 2")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("outer caught", e)

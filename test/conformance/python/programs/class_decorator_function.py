def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, [a for a in args if isinstance(a, int)], kwargs)
        result = f(*args, **kwargs)
        print("return", result)
        return result
    return wrapper


@trace
def add(a, b=1):
    return a + b


class K:
    @trace
    def method(self, x):
        return x * 2


add(2)
add(2, b=5)
K().method(21)
print("done")

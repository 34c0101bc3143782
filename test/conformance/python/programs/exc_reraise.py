def inner():
    raise ValueError("original")


def outer():
    try:
        inner()
    except ValueError as e:
        print("logging", e)
        raise


try:
    outer()
except ValueError as e:
    print("reraised", e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    raise err
except KeyError as e:
    print("again", e)

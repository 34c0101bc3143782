try:
    raise KeyError
except KeyError as e:
    print(type(e).__name__, e.args, repr(e))


class Custom(Exception):
    pass


try:
    raise Custom
except Custom as e:
    print("Custom", e.args)

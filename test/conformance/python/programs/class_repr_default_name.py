class Empty:
    pass


e = Empty()
print(type(e).__name__, e.__class__.__name__, Empty.__name__)
print(isinstance(e, object), issubclass(Empty, object))
print(Empty.__mro__[-1].__name__)

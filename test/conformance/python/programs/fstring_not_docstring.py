# An f-string without fields is still no docstring, as CPython reads a body.
def f():
    f"doc"
print(f.__doc__)
class C:
    f"cdoc"
print(C.__doc__)
print(f.__doc__ is None, C.__doc__ is None)

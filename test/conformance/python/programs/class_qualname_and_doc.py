class Outer:
    """Outer's doc."""

    class Inner:
        def method(self, a, b=1):
            """Inner method."""
            return a + b

    def make(self):
        def helper(x):
            return x * 2

        return helper


print(Outer.Inner.method.__qualname__, Outer.Inner.method.__doc__)
print(Outer().make().__qualname__, Outer().make().__doc__, Outer.__doc__)
print(Outer.Inner.__doc__, (lambda: 0).__qualname__)
try:
    Outer.Inner().method()
except TypeError as e:
    print(e)
try:
    Outer().make()(1, 2)
except TypeError as e:
    print(e)
try:
    Outer.Inner().method(1, c=2)
except TypeError as e:
    print(e)

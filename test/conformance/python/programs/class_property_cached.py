class Lazy:
    def __init__(self):
        self._value = None
        self.computed = 0

    @property
    def value(self):
        if self._value is None:
            self.computed += 1
            self._value = sum(range(10))
        return self._value


x = Lazy()
print(x.value, x.value, x.computed)
print(type(Lazy.value).__name__)

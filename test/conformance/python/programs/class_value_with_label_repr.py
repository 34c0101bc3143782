class Value:
    def __init__(self, data, label=""):
        self.data = data
        self.grad = 0.0
        self.label = label

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad}, label={self.label!r})"


a = Value(2.0, "a")
b = Value(-3.0)
print(a, b, [a])
a.grad = 1.5
print(repr(a), str(b))

class Value:
    def __init__(self, data):
        self.data = data


v = Value(2.0)
print(v.data)
print(v.grad)

class Value:
    def __init__(self, data):
        self.data = data

    def relu(self):
        return Value(max(0, self.data))


Value.activate = Value.relu
Value.double = lambda self: Value(self.data * 2)
v = Value(-3)
print(v.activate().data, Value(4).activate().data, v.double().data)


def describe(self):
    return "Value(%s)" % self.data


Value.__repr__ = describe
print(repr(Value(7)), [Value(1), Value(2)])

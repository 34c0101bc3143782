class Value:
    def __init__(self, data):
        self.data = data


def stream(n):
    v = Value(1.0)
    for _ in range(n):
        yield v
        v = Value(v.data * 0.5)


print([round(v.data, 4) for v in stream(6)])
print(sum(v.data for v in stream(30)))

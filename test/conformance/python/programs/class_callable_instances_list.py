class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return self.k * x


class Shift:
    def __init__(self, d):
        self.d = d

    def __call__(self, x):
        return x + self.d


pipeline = [Scale(2), Shift(-1), Scale(0.5)]
for x in [0, 1, 4]:
    y = x
    for f in pipeline:
        y = f(y)
    print(x, y)
print(list(map(Scale(3), [1, 2, 3])), callable(Shift(1)))

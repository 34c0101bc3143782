class Linear:
    def __init__(self, w, b):
        self.w, self.b = w, b

    def __call__(self, x):
        return [sum(wi * xi for wi, xi in zip(row, x)) + bi for row, bi in zip(self.w, self.b)]


class ReLU:
    def __call__(self, x):
        return [max(0.0, v) for v in x]


class Sequential:
    def __init__(self, *layers):
        self.layers = list(layers)

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def __len__(self):
        return len(self.layers)

    def __getitem__(self, i):
        return self.layers[i]


net = Sequential(Linear([[1, -1], [0.5, 2]], [0, -1]), ReLU(), Linear([[1, 1]], [0.25]))
print(net([1.0, 2.0]), net([3.0, -1.0]), len(net), type(net[1]).__name__)

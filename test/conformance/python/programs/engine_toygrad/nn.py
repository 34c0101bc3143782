import random

from engine import Value


class Module:
    def parameters(self):
        return []

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0.0

    def __call__(self, *args):
        return self.forward(*args)

    def forward(self, *args):
        raise NotImplementedError(type(self).__name__ + ".forward")


class Linear(Module):
    def __init__(self, nin, nout, act=True):
        self.w = [[Value(random.uniform(-1, 1), label="w") for _ in range(nin)] for _ in range(nout)]
        self.b = [Value(0.0, label="b") for _ in range(nout)]
        self.act = act

    def forward(self, x):
        outs = []
        for row, b in zip(self.w, self.b):
            z = b
            for wi, xi in zip(row, x):
                z = z + wi * xi
            outs.append(z.tanh() if self.act else z)
        return outs

    def parameters(self):
        return [p for row in self.w for p in row] + self.b

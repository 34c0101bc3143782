from .engine import Value
from . import engine


class Neuron:
    def __init__(self, ws, b):
        self.w = [Value(w) for w in ws]
        self.b = engine.Value(b)

    def __call__(self, x):
        act = self.b
        for wi, xi in zip(self.w, x):
            act = act + wi * xi
        return act

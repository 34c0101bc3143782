# Unpacking a config into calls with * and **: CPython names the callee as
# `module.qualname()` when a sole `*x` or any `**m` is bad, says "Value after *" when `*x`
# sits beside other arguments or in a list or tuple display, and reads a mapping of the
# program's own through keys() and [].
import math


class Neuron:
    def __init__(self, *weights, bias=0.0):
        self.weights = list(weights)
        self.bias = bias

    def forward(self, *xs, **options):
        act = sum(w * x for w, x in zip(self.weights, xs)) + self.bias
        return math.tanh(act) if options.get("tanh", True) else act

    @classmethod
    def make(cls, *weights):
        return cls(*weights)


class Config:
    """A read-only mapping: keys() and __getitem__ are enough for ** and dict()."""

    def __init__(self, **values):
        self._values = values

    def keys(self):
        return sorted(self._values)

    def __getitem__(self, key):
        return self._values[key]


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)


n = Neuron(0.5, -1.0, bias=0.1)
cfg = Config(tanh=False)
attempt("mapping **", lambda: n.forward(1.0, 2.0, **cfg))
attempt("dict(mapping)", lambda: dict(cfg))
attempt("{**mapping}", lambda: {**cfg, "lr": 0.1})
merged = {}
merged.update(Config(beta=0.9, lr=0.01))
print("update:", merged)
attempt("sole *int", lambda: n.forward(*3))
attempt("sole *None to class", lambda: Neuron(*None))
attempt("sole * classmethod", lambda: Neuron.make(*1.5))
attempt("sole * builtin", lambda: max(*7))
attempt("sole * bound builtin", lambda: [].extend(*2))
attempt("* beside args", lambda: n.forward(1.0, *2.0))
attempt("two stars", lambda: n.forward(*[1.0], *2))
attempt("** not mapping", lambda: n.forward(1.0, **[("tanh", False)]))
attempt("** to builtin", lambda: print(**3))
attempt("** repeated", lambda: n.forward(1.0, tanh=True, **{"tanh": False}))
attempt("** keys not str", lambda: n.forward(**{1: 2}))
attempt("list display", lambda: [*range(2), *0.5])
attempt("tuple display", lambda: (*"ab", *None))
attempt("set display", lambda: {*4})
attempt("dict display", lambda: {**{"a": 1}, **5})
attempt("ok", lambda: (n.forward(*(1.0, 2.0)), [*range(3), *"xy"], Neuron.make(*[2.0]).weights))

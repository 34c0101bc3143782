# functools.partial is a class whose objects show the function and frozen arguments, and a
# partial of a partial is flattened, as in CPython.
import functools
from functools import partial


def train(model, lr=0.1, steps=10):
    return f"{model}: lr={lr} steps={steps}"


fast = partial(train, lr=0.5)
print(fast("mlp"), fast("mlp", steps=3), fast.func is train, fast.args, fast.keywords)
say = partial(print, "step", sep=" | ")
say(1, "loss 0.5")
print(repr(say), type(say), isinstance(say, partial), functools.partial)
cnn = partial(fast, "cnn", steps=5)
print(cnn(), cnn.func is train, cnn.args, cnn.keywords)
print(repr(partial(len, [1, 2])), sorted(map(partial(int, base=2), ["101", "11", "1"])))
for bad in (3, None):
    try:
        partial(bad)
    except TypeError as e:
        print(type(e).__name__, e)

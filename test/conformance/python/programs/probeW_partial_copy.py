# A layer keeps its activation as a functools.partial; copy.copy and copy.deepcopy of the
# model (an early-stopping snapshot) make new partial objects, as CPython rebuilds them:
# a shallow copy shares the args tuple, the keywords dict and __dict__, a deep copy copies
# them (a list bound as an argument is a new list).
import copy
import functools


def leaky_relu(x, slope=0.01, clip=None):
    y = x if x > 0 else slope * x
    return y if clip is None else min(y, clip)


def scaled(xs, factor):
    return [x * factor for x in xs]


class Layer:
    def __init__(self):
        self.act = functools.partial(leaky_relu, slope=0.1)
        self.scale = functools.partial(scaled, factor=2)
        self.bound = functools.partial(sum, [1.0, 2.0])


layer = Layer()
layer.act.note = "tuned"
shallow = copy.copy(layer.act)
deep = copy.deepcopy(layer)
print(shallow is layer.act, shallow == layer.act, shallow.func is layer.act.func)
print(shallow.args is layer.act.args, shallow.keywords is layer.act.keywords, shallow.__dict__ is layer.act.__dict__)
print(deep.act is layer.act, deep.act.func is leaky_relu, deep.act.keywords == layer.act.keywords, deep.act.keywords is layer.act.keywords)
print(deep.act.note, deep.act(-5), deep.scale([1, 2]), deep.bound(), deep.bound.args is layer.bound.args)
layer.bound.args[0].append(10.0)
print(layer.bound(), deep.bound(), copy.copy(layer.bound)())
print(repr(copy.copy(functools.partial(leaky_relu, 1, clip=3))).split(" at ")[0])

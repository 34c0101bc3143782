# Training configs as attribute dicts: a dict subclass whose class body borrows dict's own
# methods as its attribute hooks, so cfg.lr = 0.1 stores an item and del cfg.lr removes it.
import copy
import json


class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


cfg = AttrDict(lr=3e-4, betas=(0.9, 0.95))
cfg.steps = 100
cfg.warmup = 10
print(cfg, cfg.lr, cfg.steps, len(cfg), "steps" in cfg)
del cfg.warmup
print(cfg, json.dumps(cfg))
try:
    cfg.missing
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(cfg, "missing")
except KeyError as e:
    print("hasattr raised KeyError", e)
# deepcopy asks getattr(cfg, "__deepcopy__", None): dict.__getitem__ answers with a KeyError.
try:
    copy.deepcopy(cfg)
except KeyError as e:
    print("deepcopy: KeyError", e)
clone = copy.copy(cfg)
clone.lr = 1e-3
print(clone.lr, cfg.lr, type(clone).__name__)


class Loose(dict):
    __getattr__ = dict.get
    __setattr__ = dict.__setitem__


opts = Loose(batch=32)
opts.seed = 1337
print(opts.batch, opts.seed, opts.dropout, opts)


class Plain:
    __setattr__ = object.__setattr__


p = Plain()
p.x = 1
print(vars(p))


class Schedule(dict):
    def __setattr__(self, k, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f"{k} must be a number")
        self[k] = v

    __getattr__ = dict.__getitem__


s = Schedule()
s.lr = 0.5
try:
    s.name = "cosine"
except TypeError as e:
    print("TypeError:", e)
print(s, s.lr)


class Wrapped:
    """A model wrapper that hands every unknown attribute to the model it wraps."""

    def __init__(self, model):
        self.model = model

    def __getattr__(self, name):
        return getattr(self.model, name)


class Tiny:
    def __init__(self):
        self.weights = [0.5, -0.25]


ema = Wrapped(Tiny())
print(ema.weights)
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(ema)
    except RecursionError as e:
        print(fn.__name__, "RecursionError:", e)


class Guarded(Wrapped):
    def __getattr__(self, name):
        if name.startswith("__") or name == "model":
            raise AttributeError(name)
        return getattr(self.model, name)


g2 = copy.deepcopy(Guarded(Tiny()))
print(g2.weights, g2.model.weights is not ema.model.weights)


class Always:
    def __getattr__(self, name):
        return "hook"


a = Always()
a.x = 1
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(a)
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)

# Classes deriving from dict: the instance is a dict (len, iteration, `in`, json, **kwargs),
# keeps a __dict__ of its own, and built-in operations call only the overrides CPython calls.
import json
from collections import OrderedDict, defaultdict


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


config = AttrDict(lr=0.1, steps=3)
config.seed = 42
print(config, config.lr, config.seed, len(config), "lr" in config, list(config))
print(type(config).__name__, isinstance(config, dict), json.dumps(config, sort_keys=True))
try:
    config.missing
except AttributeError as e:
    print("AttributeError", e)


class Namespace(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


ns = Namespace(a=1)
ns.b = 2
print(ns, ns.a, ns.b, vars(ns) is ns.__dict__)


class Vocab(dict):
    def __missing__(self, word):
        self[word] = len(self)
        return self[word]


vocab = Vocab()
ids = [vocab[w] for w in "the cat sat on the mat the end".split()]
print(ids, vocab, vocab.get("dog"), "dog" in vocab)


class Loud(dict):
    def get(self, key, default=None):
        return "get:" + str(super().get(key, default))

    def __getitem__(self, key):
        return dict.__getitem__(self, key) * 10

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


d = Loud(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
dict.__setitem__(d, "z", 26)
print(d.get("a"), d["a"], dict.get(d, "a"), d.copy(), type(d.copy()).__name__)
print(dict(d), {**d}, sorted(d.items()), d.pop("z"), d)


def kwargs(**kw):
    return kw


print(kwargs(**d), d == {"a": 1, "b": 2, "c": 3, "e": 5}, d | {"f": 6})
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)


class Tally(defaultdict):
    def top(self):
        return max(self, key=self.get)


t = Tally(int)
for ch in "abracadabra":
    t[ch] += 1
print(t, t.top(), isinstance(t, defaultdict), isinstance(t, dict))


class Recent(OrderedDict):
    def touch(self, key):
        self.move_to_end(key)


r = Recent(a=1, b=2)
r.touch("a")
print(r, list(r))

"""Picking a model class by the name given on the command line, via sys.modules."""
import argparse
import math
import random
import sys


class Bigram:
    """counts of next characters"""

    def __init__(self, vocab_size: int):
        self.table = [[1] * vocab_size for _ in range(vocab_size)]

    def n_params(self) -> int:
        return sum(map(len, self.table))


class MLP:
    """one hidden layer"""

    def __init__(self, vocab_size: int, hidden: int = 16):
        rng = random.Random(0)
        self.w1 = [[rng.gauss(0, 1 / math.sqrt(vocab_size)) for _ in range(hidden)] for _ in range(vocab_size)]
        self.w2 = [[rng.gauss(0, 1 / math.sqrt(hidden)) for _ in range(vocab_size)] for _ in range(hidden)]

    def n_params(self) -> int:
        return sum(map(len, self.w1)) + sum(map(len, self.w2))


MODELS = [name for name, obj in vars(sys.modules[__name__]).items() if isinstance(obj, type) and obj.__module__ == __name__]


def build(name: str, vocab_size: int):
    try:
        cls = getattr(sys.modules[__name__], name)
    except AttributeError:
        raise SystemExit(f"unknown model {name!r}; choose from {MODELS}")
    return cls(vocab_size)


parser = argparse.ArgumentParser()
parser.add_argument("--type", default="Bigram", choices=MODELS)
parser.add_argument("--vocab-size", type=int, default=27)
for argv in ([], ["--type", "MLP"], ["--type", "MLP", "--vocab-size", "5"]):
    args = parser.parse_args(argv)
    model = build(args.type, args.vocab_size)
    print(f"{type(model).__name__:>6}: {model.n_params():5d} params  ({type(model).__doc__})")
print(MODELS)
this = sys.modules[__name__]
print(this.__name__, this is sys.modules["__main__"], "argparse" in sys.modules, "random" in sys.modules)
try:
    build("Transformer", 27)
except SystemExit as e:
    print("SystemExit:", e)

from __future__ import annotations
from dataclasses import dataclass, field, asdict, replace, fields, astuple, is_dataclass, FrozenInstanceError
from enum import Enum, auto, IntEnum
from typing import List, Optional, Dict, Tuple
import contextlib
import functools
import json


class Mode(Enum):
    TRAIN = auto()
    EVAL = auto()
    SAMPLE = 'sample'


class Level(IntEnum):
    LOW = 1
    HIGH = 2


@dataclass
class GPTConfig:
    block_size: int = 8
    vocab_size: int = 27
    n_layer: int = 4
    n_head: int = 4
    n_embd: int = 64
    dropout: float = 0.0
    bias: bool = True
    tags: List[str] = field(default_factory=list)
    extra: Dict[str, int] = field(default_factory=dict, repr=False)
    mode: Mode = Mode.TRAIN


@dataclass(frozen=True)
class TrainConfig:
    lr: float = 3e-4
    betas: Tuple[float, float] = (0.9, 0.95)
    max_iters: int = 5000
    name: Optional[str] = None


@dataclass(order=True)
class Checkpoint:
    loss: float
    step: int = field(compare=False)
    path: str = field(default='ckpt.pt', compare=False)


cfg = GPTConfig()
print(cfg)
print(asdict(cfg))
cfg2 = replace(cfg, n_layer=12, tags=['big'])
print(cfg2)
print(cfg == GPTConfig(), cfg2 == cfg)
print([f.name for f in fields(GPTConfig)])
print(astuple(TrainConfig()))
print(json.dumps(asdict(cfg2), default=str))
print(json.dumps({k: v for k, v in asdict(cfg2).items() if k != 'mode'}, indent=2))
tc = TrainConfig(name='run1')
print(tc, hash(tc) == hash(TrainConfig(name='run1')))
try:
    tc.lr = 1.0
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(is_dataclass(cfg), is_dataclass(GPTConfig), is_dataclass(3))
ckpts = [Checkpoint(0.5, 10), Checkpoint(0.25, 20), Checkpoint(0.75, 5)]
print(sorted(ckpts))
print(min(ckpts).step, Checkpoint(1.0, 1) == Checkpoint(1.0, 2))
print(GPTConfig.__annotations__['block_size'], repr(GPTConfig.__dataclass_fields__['tags'].type))

print(Mode.TRAIN, repr(Mode.SAMPLE), Mode['EVAL'], Mode('sample'), Mode.TRAIN.value)
print(list(Mode), Mode.EVAL.name, Mode.TRAIN is Mode.TRAIN, len(Mode))
print(Level.HIGH > Level.LOW, Level.HIGH + 1, f"{Level.LOW}", str(Level.LOW), repr(Level.LOW))
print(f"{Mode.TRAIN}", f"{Mode.TRAIN!r}", format(Mode.EVAL), str(Mode.EVAL))


class _NoGrad(contextlib.ContextDecorator):
    enabled = True

    def __enter__(self):
        self.prev = _NoGrad.enabled
        _NoGrad.enabled = False
        return self

    def __exit__(self, *exc):
        _NoGrad.enabled = self.prev
        return False


def no_grad():
    return _NoGrad()


@contextlib.contextmanager
def evaluating(model):
    print("eval on", model)
    old = model.mode
    model.mode = Mode.EVAL
    try:
        yield model
    finally:
        model.mode = old
        print("back to", model.mode)


@no_grad()
def estimate_loss(n):
    return f"grad enabled={_NoGrad.enabled} n={n}"


print(estimate_loss(3), _NoGrad.enabled)
with evaluating(cfg) as m:
    print(m.mode.name)
print(cfg.mode)


@evaluating(cfg2)
def sample():
    print("sampling in", cfg2.mode)


sample()


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        out = fn(*args, **kwargs)
        print(f"{fn.__name__} done")
        return out
    return wrapper


@timed
def train(config: GPTConfig, steps: int = 2) -> float:
    """train it"""
    return steps * config.dropout


print(train(cfg), train.__name__, train.__doc__, train.__wrapped__.__name__)
print(train.__annotations__)

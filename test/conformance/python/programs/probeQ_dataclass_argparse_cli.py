"""Config dataclass turned into a command line, nanoGPT-configurator style."""
import argparse
import dataclasses
import json
import sys
from dataclasses import dataclass, field, fields, asdict, MISSING
from typing import List, Optional, get_type_hints


@dataclass
class TrainConfig:
    out_dir: str = "out"
    eval_interval: int = 2000
    log_interval: int = 1
    eval_only: bool = False
    batch_size: int = 12
    learning_rate: float = 6e-4
    decay_lr: bool = True
    betas: List[float] = field(default_factory=lambda: [0.9, 0.95])
    init_from: str = "scratch"
    dataset: Optional[str] = None
    seed: int = 1337


def str2bool(v: str) -> bool:
    if v.lower() in ("yes", "true", "t", "1"):
        return True
    if v.lower() in ("no", "false", "f", "0"):
        return False
    raise argparse.ArgumentTypeError(f"boolean value expected, got {v!r}")


def build_parser(cls) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="train.py", description=cls.__doc__)
    hints = get_type_hints(cls)
    for f in fields(cls):
        t = hints[f.name]
        default = f.default if f.default is not MISSING else f.default_factory()
        name = "--" + f.name.replace("_", "-")
        if t is bool:
            parser.add_argument(name, type=str2bool, default=default, metavar="BOOL")
        elif getattr(t, "__origin__", None) is list:
            (inner,) = t.__args__
            parser.add_argument(name, type=inner, nargs="+", default=default)
        elif getattr(t, "__origin__", None) is not None:
            inner = [a for a in t.__args__ if a is not type(None)][0]
            parser.add_argument(name, type=inner, default=default)
        else:
            parser.add_argument(name, type=t, default=default)
    return parser


def from_args(cls, argv):
    ns = build_parser(cls).parse_args(argv)
    return cls(**{f.name: getattr(ns, f.name) for f in fields(cls)})


cfg = from_args(TrainConfig, [])
print(cfg)
cfg2 = from_args(TrainConfig, ["--batch-size", "32", "--decay-lr", "no", "--betas", "0.8", "0.99", "--dataset", "shakespeare_char", "--learning-rate", "1e-3"])
print(cfg2)
diff = {k: (v, getattr(cfg2, k)) for k, v in asdict(cfg).items() if getattr(cfg2, k) != v}
print(json.dumps(diff, sort_keys=True))
print(get_type_hints(TrainConfig)["dataset"], get_type_hints(TrainConfig)["betas"])
print([(f.name, f.type) for f in fields(TrainConfig)][:3])
print(TrainConfig.__dataclass_fields__["betas"].default is MISSING, type(MISSING).__name__)
print(dataclasses.replace(cfg, seed=0).seed, cfg.seed)
help_text = build_parser(TrainConfig).format_help()
print(help_text.splitlines()[0])
print(len(help_text.splitlines()))
import contextlib, io
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    try:
        from_args(TrainConfig, ["--eval-only", "maybe"])
    except SystemExit as e:
        print("exit", e.code)
print(buf.getvalue().strip().splitlines()[-1])
config_keys = [k for k, v in vars(cfg).items() if not k.startswith("_") and isinstance(v, (int, float, bool, str))]
print(config_keys)

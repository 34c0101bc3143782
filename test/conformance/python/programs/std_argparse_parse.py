# argparse as training scripts use it: positionals and options with types, defaults,
# choices, counts, appends and flags, parsed from a list; the Namespace they fill.
import argparse

parser = argparse.ArgumentParser(prog="train", description="Train a small model.")
parser.add_argument("data", help="training data file")
parser.add_argument("extra", nargs="*", help="more data files")
parser.add_argument("--lr", type=float, default=0.1, help="learning rate")
parser.add_argument("-e", "--epochs", type=int, default=3, metavar="N")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--optimizer", choices=["sgd", "adam"], default="sgd")
parser.add_argument("--tag", action="append")
parser.add_argument("--dry-run", action="store_true")
parser.add_argument("--no-plot", dest="plot", action="store_false")
parser.add_argument("--hidden", type=int, nargs="+", default=[16])
parser.add_argument("--seed", type=int, nargs="?", const=0)
action = parser.add_argument("--name", default="run")
print(action)
args = parser.parse_args(["xor.csv", "--lr", "0.5", "-vv", "--tag", "a", "--tag=b", "--dry-run", "-e4"])
print(args)
print(args.lr * 2, args.epochs + 1, args.verbose, args.tag, args.plot, args.dry_run)
print(vars(args)["optimizer"], sorted(vars(args)))
args = parser.parse_args(["a", "b", "c", "--hidden", "8", "4", "--seed", "--optimizer", "adam", "--no-plot"])
print(args.data, args.extra, args.hidden, args.seed, args.optimizer, args.plot)
print(parser.parse_args(["--seed", "7", "--epo", "2", "--", "-y", "-z"]))
known, rest = parser.parse_known_args(["x", "--unknown", "1"])
print(known.data, rest)
ns = argparse.Namespace(a=1, b="x")
ns.c = [1, 2]
print(ns, vars(ns), ns == argparse.Namespace(a=1, b="x", c=[1, 2]), "b" in ns, "z" in ns)
print(argparse.Namespace(**{"b": 1, "a": 2, "x-y": 3}))
flags = argparse.ArgumentParser(add_help=False)
flags.add_argument("-q", action="store_const", const="quiet", dest="level", default="normal")
flags.add_argument("--debug", action="append_const", const="D", dest="notes")
flags.add_argument("--pair", nargs=2, metavar=("X", "Y"))
flags.add_argument("-x", action="store_true")
flags.add_argument("-c", action="count")
flags.set_defaults(command="run", level="loud")
print(flags.parse_args(["-q", "--debug", "--debug", "--pair", "1", "2", "-xcc"]))
print(flags.parse_args([]), flags.get_default("level"))


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not positive")
    return value


typed = argparse.ArgumentParser(prog="typed")
typed.add_argument("--n", type=positive, default="5")
typed.add_argument("--ratio", type=float)
print(typed.parse_args([]), typed.parse_args(["--n", "3", "--ratio", "1e-3"]))

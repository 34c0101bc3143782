# argparse's usage and help text laid out as CPython lays it out: wrapped usage, sections,
# the help column, argument groups, mutually exclusive groups, %(default)s and the
# formatter classes; -h prints the help and ends the parse with SystemExit(0).
import argparse

parser = argparse.ArgumentParser(
    prog="train",
    description="Train a tiny multilayer perceptron on a small data set and report the loss after every epoch.",
    epilog="Example: train xor.csv --epochs 10",
)
parser.add_argument("data", help="training data file")
parser.add_argument("extra", nargs="*", help="more data files")
parser.add_argument("--lr", type=float, default=0.1, help="learning rate (default: %(default)s)")
parser.add_argument("-e", "--epochs", type=int, default=3, metavar="N", help="passes over the data")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--optimizer", choices=["sgd", "adam"], default="sgd", help="one of %(choices)s")
parser.add_argument("--dry-run", action="store_true",
                    help="build the model and stop before training, which is useful for checking that the arguments parse")
parser.add_argument("--a-very-long-option-name", metavar="VALUE", help="shows where long invocations go")
parser.add_argument("--secret", help=argparse.SUPPRESS)
model = parser.add_argument_group("model", "How the model is built.")
model.add_argument("--hidden", type=int, nargs="+", default=[16], help="layer sizes")
model.add_argument("--activation", default="tanh")
mode = parser.add_mutually_exclusive_group()
mode.add_argument("--fast", action="store_true")
mode.add_argument("--careful", action="store_true")
print(parser.format_usage(), end="")
print("---")
print(parser.format_help(), end="")
print("---")
try:
    parser.parse_args(["--help"])
except SystemExit as e:
    print("exit", e.code)
small = argparse.ArgumentParser(prog="small", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
small.add_argument("--n", type=int, default=1, help="count")
small.add_argument("--flag", action="store_true", help="a flag")
small.add_argument("name", nargs="?", default="world", help="who to greet")
small.add_argument("--version", action="version", version="%(prog)s 1.0")
small.print_help()
small.print_usage()
try:
    small.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter,
                              description="first line\n  indented line")
raw.add_argument("--mode", help="a: all\nb: some")
raw.print_help()
bare = argparse.ArgumentParser(prog="bare", add_help=False, usage="%(prog)s [options] file")
bare.add_argument("file")
print(bare.format_help(), end="")
print(repr(small))

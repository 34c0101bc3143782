# argparse's errors: usage and `prog: error: message` on stderr (here sys.stdout, to be
# seen), then SystemExit(2); and the mistakes add_argument refuses.
import argparse
import sys

sys.stderr = sys.stdout
parser = argparse.ArgumentParser(prog="t")
parser.add_argument("n", type=int)
parser.add_argument("--mode", choices=["a", "b"])
parser.add_argument("--k", type=float, nargs=2)
parser.add_argument("--verbose", action="store_true")
parser.add_argument("--req", required=True)
group = parser.add_mutually_exclusive_group()
group.add_argument("--up", action="store_true")
group.add_argument("--down", action="store_true")
for words in (["x", "--req", "1"], ["1"], [], ["1", "--req", "1", "--mode", "c"],
              ["1", "--req", "1", "--k", "2"], ["1", "--req"], ["1", "--req", "1", "--verbose=3"],
              ["1", "--req", "1", "--zz", "extra"], ["1", "--req", "1", "--up", "--down"],
              ["1", "--re", "2", "--verb"], ["1", "--req", "1", "--k", "1", "x"]):
    try:
        print(parser.parse_args(words))
    except SystemExit as e:
        print("exit", e.code)
for kwargs in (dict(action="store_true", type=int), dict(action="nope"), dict(nargs=0)):
    try:
        parser.add_argument("--x", **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    parser.add_argument("y", required=True)
except TypeError as e:
    print(e)
try:
    parser.add_argument("--req")
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
try:
    parser.error("custom problem")
except SystemExit as e:
    print("exit", e.code)


class QuietParser(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)


quiet = QuietParser(prog="q")
quiet.add_argument("--n", type=int)
try:
    quiet.parse_args(["--n", "many"])
except ValueError as e:
    print("caught:", e)

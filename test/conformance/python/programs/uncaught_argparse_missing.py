# A script run with no arguments that needs one: argparse prints the usage and the error on
# stderr (here sys.stdout while it parses, so the expectation records them) and ends the
# program with SystemExit(2), status 2, as CPython does. sys.argv is [the script], so prog
# is the script's name.
import argparse
import sys

parser = argparse.ArgumentParser(description="Greets someone.")
parser.add_argument("--times", type=int, default=1)
args = parser.parse_args()
print(args.times, parser.prog)
parser.add_argument("name", help="who to greet")
stderr = sys.stderr
sys.stderr = sys.stdout
try:
    args = parser.parse_args()
finally:
    sys.stderr = stderr
print("never printed")

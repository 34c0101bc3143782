# A script whose docstring is its --help text, as argparse scripts are written.
"""Train a tiny model.

Usage: module_docstring.py [--steps N]
"""

import argparse

print(repr(__doc__))
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--steps", type=int, default=3)
args = parser.parse_args([])
print(parser.description, args.steps)


def helper():
    """A function's own docstring."""


print(helper.__doc__, __doc__.count("\n"))

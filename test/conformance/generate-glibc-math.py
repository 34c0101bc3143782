#!/usr/bin/env python3
"""Writes test/conformance/glibc-math.json: arguments of sinh, cosh, log2, log10, tanh,
expm1 and cbrt with what CPython's math module (glibc's libm, on Linux) returns for them, as float.hex() texts. These
functions are not all correctly rounded in glibc; src/engine/math reproduces glibc's formulas
so that a program prints CPython's digits, and the unit test measures how often it does.
"""

import json
import math
import os
import random


def arguments(rng, kind):
    r = rng.random()
    if kind == 'cbrt':
        # Every magnitude, negative and subnormal arguments included.
        return [r * 10.0 ** rng.randint(-300, 300), -r * 10.0 ** rng.randint(-300, 300),
                r * 5e-324 * rng.randint(1, 2 ** 52), (r - 0.5) * 2000][rng.randrange(4)]
    if kind in ('log2', 'log10'):
        return [r, r * 1e6, r * 1e-200, 1 + r * 1e-3][rng.randrange(4)]
    return [r, (r - 0.5) * 6, (r - 0.5) * 50, r * 1e-4, r * 700][rng.randrange(5)]


def main():
    rng = random.Random(20261206)
    out = {}
    for name in ('sinh', 'cosh', 'log2', 'log10', 'tanh', 'expm1', 'cbrt'):
        f = getattr(math, name)
        out[name] = [[x.hex(), f(x).hex()] for x in (arguments(rng, name) for _ in range(1500))]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'glibc-math.json')
    with open(path, 'w') as fh:
        json.dump(out, fh, separators=(',', ':'))
        fh.write('\n')


if __name__ == '__main__':
    main()

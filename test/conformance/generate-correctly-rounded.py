#!/usr/bin/env python3
"""Writes test/conformance/correctly-rounded.json: arguments of exp, log, pow, sin and cos with
the double nearest to the true result, worked out with Python's decimal module at 120 digits
(not with the C library, which is off by a last bit in a few cases in ten thousand). The
language's src/engine/math must return exactly these; glibc's own results are kept alongside,
to show how close CPython's digits are.
"""

import json
import math
import os
import random
from decimal import Decimal, getcontext

getcontext().prec = 1300


def arctan_inverse(n):
    x = Decimal(1) / n
    x2 = x * x
    total, term, k = x, x, 1
    eps = Decimal(10) ** -1290
    while True:
        term *= -x2
        t = term / (2 * k + 1)
        k += 1
        if abs(t) < eps:
            return total
        total += t


PI = 4 * (4 * arctan_inverse(5) - arctan_inverse(239))


def series(x, first, step):
    """sin (first=x) or cos (first=1) of a reduced x by Taylor, at 120 digits."""
    getcontext().prec = 120
    x = +x
    total = term = first
    n = 1
    while True:
        term = -term * x * x / ((2 * n - (1 - step)) * (2 * n + step))
        n += 1
        if abs(term) < Decimal(10) ** -118:
            break
        total += term
    getcontext().prec = 1300
    return total


def exact_sin(x):
    return float(series(Decimal(x) % (2 * PI), Decimal(x) % (2 * PI), 1))


def exact_cos(x):
    return float(series(Decimal(x) % (2 * PI), Decimal(1), 0))


def exact_exp(x):
    getcontext().prec = 120
    r = float(Decimal(x).exp())
    getcontext().prec = 1300
    return r


def exact_log(x):
    getcontext().prec = 120
    r = float(Decimal(x).ln())
    getcontext().prec = 1300
    return r


def exact_pow(x, y):
    getcontext().prec = 120
    r = float((Decimal(y) * Decimal(x).ln()).exp())
    getcontext().prec = 1300
    return r


def main():
    rng = random.Random(2024)
    h = float.hex
    cases = {'exp': [], 'log': [], 'pow': [], 'sin': [], 'cos': []}
    for _ in range(400):
        x = rng.uniform(-30, 30)
        cases['exp'].append([h(x), h(exact_exp(x)), h(math.exp(x))])
        y = math.exp(rng.uniform(-700, 700)) if rng.random() < 0.5 else rng.uniform(0.01, 10)
        cases['log'].append([h(y), h(exact_log(y)), h(math.log(y))])
        b = math.exp(rng.uniform(-4, 4))
        e = float(rng.randint(-60, 60)) if rng.random() < 0.3 else rng.uniform(-40, 40)
        cases['pow'].append([h(b), h(e), h(exact_pow(b, e)), h(b ** e)])
        s = rng.uniform(-10, 10) if rng.random() < 0.8 else rng.uniform(-1e9, 1e9)
        if rng.random() < 0.05:
            s = rng.uniform(-1e300, 1e300)
        cases['sin'].append([h(s), h(exact_sin(s)), h(math.sin(s))])
        cases['cos'].append([h(s), h(exact_cos(s)), h(math.cos(s))])
    for x in [1e-17, -1e-17, 0.5, 1.0, 2.0, 700.0, 709.78, -708.5, -740.0, -745.0]:
        cases['exp'].append([h(x), h(exact_exp(x)), h(math.exp(x))])
    for x in [5e-324, 1e-310, 2.2250738585072014e-308, 0.5, 1.0000000000000002, 0.9999999999999999,
              2.0, 1.7976931348623157e308, math.sqrt(2), 1 / math.sqrt(2), 10.0]:
        cases['log'].append([h(x), h(exact_log(x)), h(math.log(x))])
    for b, e in [(10.0, 22.0), (10.0, -5.0), (0.9, 7.0), (1.1, 10.0), (2.0, -1074.0),
                 (2.0, 1023.0), (3.0, 1 / 3), (1.0000001, 1e7), (1.5, 1000.0), (0.5, 1074.5)]:
        cases['pow'].append([h(b), h(e), h(exact_pow(b, e)), h(b ** e)])
    for x in [1e-20, math.pi, math.pi / 2, math.pi / 4, 1e22, 2.0 ** 1023 * 1.5, 5e-324,
              6381956970095103 * 2.0 ** 797]:
        cases['sin'].append([h(x), h(exact_sin(x)), h(math.sin(x))])
        cases['cos'].append([h(x), h(exact_cos(x)), h(math.cos(x))])
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'correctly-rounded.json')
    # One case a line (one value a line when that is too long), as prettier lays it out.
    def row_text(row):
        one = '    ' + json.dumps(row)
        if len(one) + 1 <= 100:
            return one
        return '    [\n' + ',\n'.join('      ' + json.dumps(v) for v in row) + '\n    ]'

    parts = []
    for name, rows in cases.items():
        lines = ',\n'.join(row_text(row) for row in rows)
        parts.append('  %s: [\n%s\n  ]' % (json.dumps(name), lines))
    with open(path, 'w') as fh:
        fh.write('{\n' + ',\n'.join(parts) + '\n}\n')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Writes cases.json: inputs with CPython's exact text for repr() and format().

Run from the repository root:
    python3 test/unit/format/generate-cases.py > test/unit/format/cases.json
    npx prettier --write test/unit/format/cases.json
The tests read the fixture; they never call Python. Deterministic for a given Python
(the committed fixture comes from CPython 3.11.7, Unicode 14).

Encoding: floats as their repr ('inf', '-0.0', '5e-324' ...), ints as decimal strings (hex
'0x...' past 4300 digits), strings as JSON strings (lone surrogates as \\udxxx escapes). An
expected value is either the output string or {"error": kind, "message": text}.
"""
import json
import math
import random
import re
import struct
import sys
import unicodedata

random.seed(20240611)

INF = float('inf')
NAN = float('nan')


def outcome(fn):
    try:
        return fn()
    except (ValueError, OverflowError) as e:
        return {'error': type(e).__name__, 'message': str(e)}


# ---------------------------------------------------------------- floats

def bits_float():
    return struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]


def nudge(x, steps):
    for _ in range(abs(steps)):
        x = math.nextafter(x, INF if steps > 0 else -INF)
    return x


BOUNDARIES = [1e-4, 1e-5, 1e16, 1e15, 1e17, 1e21, 1e22, 1e23, 0.5, 1.0, 9.5, 0.1, 2.675, 0.125,
              1e308, 5e-324, 2.2250738585072014e-308, 9007199254740992.0, 1e100, 123456.789]


def rand_float():
    k = random.random()
    if k < 0.22:
        return bits_float()
    if k < 0.42:
        return random.uniform(-1, 1) * 10 ** random.randint(-25, 25)
    if k < 0.5:
        return random.randint(1, 2**52) * 2.0**-1074 * random.choice([1, -1])
    if k < 0.6:
        return float(random.choice([random.randint(-10**6, 10**6),
                                    random.randint(-2**53, 2**53),
                                    random.randint(-10**22, 10**22)]))
    if k < 0.75:
        return round(random.uniform(-1000, 1000), random.randint(0, 6))
    if k < 0.9:
        # Dyadic rationals: the exact halfway cases of decimal rounding.
        return random.randint(-2**12, 2**12) / 2**random.randint(0, 24)
    return nudge(random.choice(BOUNDARIES) * random.choice([1, -1]), random.randint(-2, 2))


SPECIAL_FLOATS = [0.0, -0.0, INF, -INF, NAN, -NAN, 2.0, 0.1, 1e-05, 0.0001, 1e+16,
                  1234567890123456.0, 1.5e+300, 5e-324, -5e-324, 1.7976931348623157e308,
                  0.8958441028683222, 0.010978370135492717, 1e22, 2.5, 0.125, 2.675, 1e-7]


def float_repr_cases():
    xs = SPECIAL_FLOATS + [rand_float() for _ in range(1500)]
    xs += [nudge(b, s) for b in (1e-4, 1e16) for s in range(-3, 4)]
    return [[repr(x), repr(x)] for x in xs]


# ---------------------------------------------------------------- specs

FILLS = [' ', '*', '0', 'x', '\u00e9', '\U0001F600', '<', '=', '_', ',', '.']


def rand_spec(types):
    s = ''
    r = random.random()
    if r < 0.3:
        s += random.choice(FILLS) + random.choice('<>^=')
    elif r < 0.45:
        s += random.choice('<>^=')
    s += random.choice(['', '', '', '+', '-', ' '])
    if random.random() < 0.1:
        s += 'z'
    if random.random() < 0.2:
        s += '#'
    if random.random() < 0.2:
        s += '0'
    if random.random() < 0.45:
        s += str(random.randint(0, 24))
    if random.random() < 0.2:
        s += random.choice(',_')
    if random.random() < 0.55:
        s += '.' + str(random.choice([random.randint(0, 8), random.randint(0, 20),
                                      random.randint(0, 60)]))
    s += random.choice(types)
    return s


FUZZ_ALPHABET = '<>=^+- z#0123456789,_.eEfFgGn%dbcoxXs*'


def fuzz_spec(types):
    """A spec one or two edits away from a valid-looking one: the error paths, in order."""
    s = list(rand_spec(types))
    for _ in range(random.randint(1, 2)):
        i = random.randint(0, len(s))
        k = random.random()
        if k < 0.5 or not s:
            s.insert(i, random.choice(FUZZ_ALPHABET))
        elif k < 0.8:
            del s[min(i, len(s) - 1)]
        else:
            s.insert(i, s[min(i, len(s) - 1)])
    return ''.join(s)


FLOAT_TYPES = ['e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '', '', '']
HAND_FLOAT = [
    (1.0, ''), (1.0, '.3'), (1e16, '.3'), (0.5, '.2'), (123.0, '.3'), (1.5, '.0'),
    (0.125, '.2f'), (2.675, '.2f'), (2.5, '.0f'), (3.5, '.0f'), (-0.5, '.0f'), (0.5, '.0e'),
    (1e22, 'f'), (1e21, 'f'), (1.5e300, '.2f'), (5e-324, '.1100f'), (5e-324, '.30e'),
    (0.5, '.2e'), (-0.0, ''), (-0.0, 'z'), (-0.0, 'z.2f'), (-1e-10, 'z.2f'), (-1e-10, '.2f'),
    (INF, '010'), (-INF, '+'), (NAN, '+'), (-NAN, ''), (NAN, 'z'), (INF, 'F'), (NAN, 'E'),
    (INF, '%'), (1234567.891, ',.2f'), (1234567.891, '_.3e'), (1234567.891, '015,.2f'),
    (1234.5, '08,'), (1234.5, 'n'), (1e-5, 'g'), (100.0, '.1'), (12.0, ''), (1e16, '.17'),
    (1e16, '.16'), (1e15, '.16'), (1.0, '#'), (1.0, '#.3'), (1.0, '#g'), (0.0, 'g'),
    (1.5, '#.0e'), (0.0, '.0%'), (0.001, '%'), (1.5, 'd'), (1.5, 'x'), (1.5, 's'),
    (1.5, 'c'), (1.5, ',d'), (1.5, ',x'), (1.5, 'xx'), (1.5, '.2fx'), (1.0, '\x00'),
    (1.0, '\u00e9'), (1.0, '5\U0001F600'), (1.0, '.'), (1.0, '.2147483648f'),
    (1.0, '99999999999999999999'), (1.0, '\u0663'), (1.0, '\u0660>5'),
    (1.0, '.9223372036854775808f'), (1.0, ',_'), (1.0, '_,'), (1.0, ',,'), (1.0, '__'),
    (9.9999, '.2g'), (9.5, '.1g'), (0.00001234, '.3'), (0.0001234, '.3'), (123456789.0, '.3'),
    (1e300, '.5'), (-1.5, '^+12.3e'), (-1.5, '*^13'), (-1.5, '=12'), (1.5, '0<8'),
    (1.5, '<08'), (-1.5, '08'), (-1.5, ' 08'), (1.5, ' '), (1.5, '-'), (0.1 + 0.2, ''),
    (-0.0, '+e'), (-0.0, '.3n'), (-0.0, '12E'), (-0.0, '8'), (-0.0, '.2'), (-0.0, 'z.2e'),
    (-0.0, 'zg'), (-0.0, 'z%'), (-0.0, '%'), (-0.0, '08.1f'), (1 / 3, '.17g'), (2 / 3, '.30f'), (1e-7, ''), (123.456, '.100f'), (123.456, '.101e'),
]


def float_format_cases():
    cases = [(x, s) for x, s in HAND_FLOAT]
    for _ in range(2200):
        x = rand_float()
        if abs(x) > 1e40 and random.random() < 0.7:
            x = random.uniform(-1e6, 1e6)
        cases.append((x, rand_spec(FLOAT_TYPES)))
    # Halfway cases for every rounding mode and precision.
    for _ in range(500):
        x = random.randint(-2**10, 2**10) / 2**random.randint(0, 12)
        if random.random() < 0.3:
            x *= 10 ** random.randint(0, 6)
        cases.append((x, '.%d%s' % (random.randint(0, 8), random.choice('efg%'))))
    for _ in range(250):
        cases.append((rand_float(), fuzz_spec(FLOAT_TYPES)))
    return [[repr(x), s, outcome(lambda: format(x, s))] for x, s in cases]


# ---------------------------------------------------------------- ints and bools

def int_text(x):
    # Past 4300 digits str() refuses; such ints go in hex ('-0x...').
    if abs(x) < 10**4300:
        return str(x)
    return '-' + hex(-x) if x < 0 else hex(x)


def rand_int():
    k = random.random()
    if k < 0.4:
        return random.randint(-1000, 1000)
    if k < 0.7:
        return random.randint(-10**12, 10**12)
    if k < 0.9:
        return random.randint(-10**40, 10**40)
    return random.choice([0, 1, -1, 2**53 + 1, 2**63, -2**63, 2**64, 10**22 + 1,
                          2**1024 - 2**970, 2**1024 - 2**970 - 1, 10**308, 10**400])


INT_TYPES = ['b', 'c', 'd', 'o', 'x', 'X', 'n', '', '', '', 'e', 'f', 'g', '%', 'E', 'F', 'G']
HAND_INT = [
    (3, '.2f'), (3, 'd'), (3, 's'), (3, '.1'), (3, 'z'), (1, 'c'), (65, 'c'), (0x1F600, 'c'),
    (0xD800, 'c'), (-1, 'c'), (0x110000, 'c'), (2**63, 'c'), (-2**63 - 1, 'c'), (65, '+c'),
    (65, '#c'), (65, '.1c'), (65, '^5c'), (65, '05c'), (10**400, 'f'), (10**400, 'e'),
    (2**1024 - 2**970, 'e'), (2**1024 - 2**970 - 1, 'e'), (2**53 + 1, '.0f'), (1234, '09,'),
    (1234, '08,'), (1234, '010,'), (-1234, '010,'), (1234, '0=10,'), (1234, 'x=10,'),
    (12345, '_x'), (12345, '_b'), (12345, ',x'), (12345, ',n'), (12345, '_n'), (255, '#X'),
    (255, '#010x'), (255, '#010_b'), (-255, '#o'), (5, '=10'), (5, '0<5'), (5, '<05'),
    (1, '\x00'), (1, 'z.2f'), (10**30, ','), (-10**30, '_d'), (10**4299, ''), (10**4300, ''),
    (10**4300, 'd'), (10**4300, 'x'), (10**4300, 'n'), (0, ''), (-5, ' d'), (5, ' d'),
    (1, '\u0663'), (1, '=\u0663'), (42, '%'), (42, 'z%'), (7, 'c'), (7, ',c'), (7, '_c'),
]


def int_outcome(x, s):
    # format(x, '') of an int is str(x), which raises past 4300 digits too.
    return outcome(lambda: format(x, s) if s else str(x))


def int_format_cases():
    cases = list(HAND_INT)
    for _ in range(1100):
        t = random.choice(INT_TYPES)
        x = rand_int() if t != 'c' else random.choice([random.randint(32, 0x2FF),
                                                      random.randint(0, 0x10FFFF)])
        spec = rand_spec([t])
        # Mostly the specs that ints accept: no precision, no 'z'.
        if t in 'bcdoxXn' and random.random() < 0.85:
            spec = spec.split('.')[0].replace('z', '')
            if t and not spec.endswith(t):
                spec += t
        cases.append((x, spec))
    for _ in range(200):
        cases.append((rand_int(), fuzz_spec(INT_TYPES)))
    return [[int_text(x), s, int_outcome(x, s)] for x, s in cases]


def bool_format_cases():
    specs = ['', 's', 'd', '>5', '^7', '05', '+', 'x', '#b', 'c', '.2f', '%', 'e', ',', 'z',
             '.1', '<5s', 'g', 'n']
    specs += [rand_spec(INT_TYPES) for _ in range(60)]
    return [[b, s, outcome(lambda: format(b, s))] for b in (True, False) for s in specs]


# ---------------------------------------------------------------- strings

def printable_in_both(c):
    # Unassigned in Python's Unicode 14 may be assigned in Node's newer Unicode.
    return unicodedata.category(chr(c)) != 'Cn'


def rand_char():
    k = random.random()
    if k < 0.35:
        return chr(random.randint(0x20, 0x7E))
    if k < 0.45:
        return random.choice(['\'', '"', '\\', '\n', '\r', '\t', '\x00', '\x07', '\x1b', '\x7f'])
    if k < 0.55:
        return chr(random.randint(0x80, 0xFF))
    if k < 0.6:
        return random.choice(['\u00e9', '\u2207', '\u2028', '\u2029', '\u00a0', '\u200b',
                              '\ufeff', '\u3000', '\u0378', '\U000E0001', '\U0001F600',
                              '\U0010FFFF', '\uE000', '\ud800', '\udfff', '\u0085'])
    if k < 0.65:
        return chr(random.randint(0xD800, 0xDFFF))
    while True:
        c = random.randint(0x100, 0xFFFF) if k < 0.85 else random.randint(0x10000, 0x10FFFF)
        if printable_in_both(c) and not 0xD800 <= c <= 0xDFFF:
            return chr(c)


def rand_str(max_len=10):
    # A high surrogate followed by a low one is two code points in Python but one character
    # in a JS string: such strings cannot mean the same thing on both sides.
    while True:
        s = ''.join(rand_char() for _ in range(random.randint(0, max_len)))
        if not re.search('[\ud800-\udbff][\udc00-\udfff]', s):
            return s


HAND_STR = ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\there',
            'line\nbreak', 'cr\r', '\x00\x01\x1f', '\x7f', '\x80\x9f\xa0\xad', '\u00e9t\u00e9',
            '\u2207f', '\U0001F600', '\ud800', '\udc00\ud800', '\u2028\u2029', '\u200b',
            '\U000E0001', '\U0010FFFF', '\uE000', '\u0378', ' ', '\u3000']


def str_repr_cases():
    ss = HAND_STR + [rand_str() for _ in range(700)]
    return [[s, repr(s)] for s in ss]


STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '10.3', '05', '=5', '+', ' ',
             '-', 'z', '#', ',', '_', 'd', 'x', '\x00', '.0', '\U0001F600>4', '\u0663',
             '9223372036854775808', '.9223372036854775807', 's\x00']


def str_format_cases():
    cases = [(s, spec) for s in ['ab', "it's", '\U0001F600\U0001F600x', '\ud800z', ''] for spec in STR_SPECS]
    for _ in range(450):
        s = rand_str(6)
        r = random.random()
        if r < 0.75:
            spec = ''
            if random.random() < 0.5:
                spec += random.choice(FILLS) + random.choice('<>^')
            elif random.random() < 0.3:
                spec += random.choice('<>^')
            if random.random() < 0.1:
                spec += '0'
            if random.random() < 0.6:
                spec += str(random.randint(0, 14))
            if random.random() < 0.4:
                spec += '.' + str(random.randint(0, 8))
            if random.random() < 0.5:
                spec += 's'
        else:
            spec = fuzz_spec(['s', ''])
        cases.append((s, spec))
    return [[s, spec, outcome(lambda: format(s, spec))] for s, spec in cases]


# ---------------------------------------------------------------- ints' repr

def int_repr_cases():
    xs = [0, 1, -1, 2**63, -2**64, 10**100, -(10**4300 - 1), 10**4300, -(10**4300)]
    xs += [rand_int() for _ in range(200)]
    return [[int_text(x), int_outcome(x, '')] for x in xs]


def main():
    if sys.version_info[:2] != (3, 11):
        print('warning: the committed fixture comes from Python 3.11', file=sys.stderr)
    sections = {
        'floatRepr': float_repr_cases(),
        'formatFloat': float_format_cases(),
        'formatInt': int_format_cases(),
        'formatBool': bool_format_cases(),
        'strRepr': str_repr_cases(),
        'formatStr': str_format_cases(),
        'intRepr': int_repr_cases(),
    }
    out = ['{"python": %s' % json.dumps(sys.version.split()[0])]
    for name, rows in sections.items():
        out.append(',\n"%s": [\n' % name + ',\n'.join(json.dumps(r) for r in rows) + '\n]')
    out.append('}\n')
    sys.stdout.write(''.join(out))


main()

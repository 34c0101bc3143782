// fractions.Fraction as programs use it: construction, exact arithmetic with ints and
// Fractions and float results with floats, comparisons, hashes and dict keys shared with
// equal ints and floats, rounding, limit_denominator, and CPython's error messages.
// Expected outputs are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

const run = (body: string): string => output(`from fractions import Fraction\n${body}`);

describe('standard modules: fractions.Fraction', () => {
  it('is made from ints, strings, floats (exactly) and Fractions, reduced', () => {
    const out = run(py`
      print(Fraction(3, 4), Fraction('1.5'), Fraction(' -2 '), Fraction(10, -8), repr(Fraction(0.1)))
      print(Fraction(Fraction(1, 7), Fraction(2, 3)), Fraction('-47e-2'), Fraction.from_float(2.25))
    `);
    assert.equal(
      out,
      '3/4 3/2 -2 -5/4 Fraction(3602879701896397, 36028797018963968)\n3/14 -47/100 9/4\n',
    );
  });

  it('computes exactly with ints and Fractions, and in floats with floats', () => {
    const out = run(py`
      a = Fraction(3, 4)
      print(a + 1, 1 - a, a * Fraction(2, 3), 3 / a, a // Fraction(1, 3), a % Fraction(1, 3), divmod(7, a))
      print(a + 0.5, 0.5 * a, a ** 2, a ** -2, a ** 0.5, 2 ** Fraction(1, 2))
    `);
    assert.equal(
      out,
      '7/4 1/4 1/2 4 2 1/12 (9, Fraction(1, 4))\n' +
        '1.25 0.375 9/16 16/9 0.8660254037844386 1.4142135623730951\n',
    );
  });

  it('compares and hashes as the equal int or float does (CPython hash values)', () => {
    const out = run(py`
      a = Fraction(3, 4)
      print(a < 1, 0.75 == a, Fraction(2) == 2, a > Fraction(2, 3), Fraction(1, 2) < float('inf'))
      print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(1, 3)), hash(-1), hash(2**61 + 5), hash(1.5))
      print({0.5: 'half'}[Fraction(1, 2)], {Fraction(2, 1): 'two'}[2], len({Fraction(1, 2), 0.5}))
    `);
    assert.equal(
      out,
      'True True True True True\n' +
        'True 1537228672809129301 -2 6 1152921504606846977\n' +
        'half two 1\n',
    );
  });

  it('converts, rounds half to even, and limits its denominator', () => {
    const out = run(py`
      r = Fraction(7, 2)
      print(float(r), int(-r), round(r), round(Fraction(5, 2)), round(Fraction(12345, 1000), 2), round(Fraction(12345), -2))
      print(abs(-r), -r, bool(Fraction(0)), r.numerator, r.denominator, r.as_integer_ratio())
      print(Fraction('3.141592653589793').limit_denominator(100), Fraction(355, 113).limit_denominator(10))
      import math, numbers
      print(math.floor(-r), math.ceil(-r), math.trunc(-r), isinstance(r, numbers.Rational), type(r))
    `);
    assert.equal(
      out,
      '3.5 -3 4 2 617/50 12300\n' +
        '7/2 -7/2 False 7 2 (7, 2)\n' +
        '311/99 22/7\n' +
        "-4 -3 -3 True <class 'fractions.Fraction'>\n",
    );
  });

  it("raises CPython's errors", () => {
    const cases: [string, string][] = [
      ['Fraction(1, 0)', 'ZeroDivisionError: Fraction(1, 0)'],
      ['Fraction(3, 4) / 0', 'ZeroDivisionError: Fraction(1, 0)'],
      ["Fraction('x/2')", "ValueError: Invalid literal for Fraction: 'x/2'"],
      ['Fraction(1.5, 2)', 'TypeError: both arguments should be Rational instances'],
      ["Fraction(float('nan'))", 'ValueError: cannot convert NaN to integer ratio'],
      ['Fraction([])', 'TypeError: argument should be a string or a Rational instance'],
    ];
    for (const [expr, message] of cases) {
      assert.equal(errorOf(`from fractions import Fraction\nx = ${expr}\n`), `${message} @2:5`);
    }
  });
});

import * as assert from 'node:assert/strict';
import {
  floatRepr,
  formatBool,
  formatFloat,
  formatInt,
  formatStr,
  FormatError,
  intRepr,
  MAX_FIELD_SIZE,
  strRepr,
} from '../../../src/lang/format';

// The examples the language contract and the task name, written out by hand (each checked
// against CPython 3.11).

function throwsFormat(fn: () => unknown, kind: string, message: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof FormatError, `expected a FormatError, got ${String(e)}`);
    assert.equal(e.kind, kind);
    assert.equal(e.message, message);
    return true;
  });
}

describe('format: named examples', () => {
  it('floatRepr writes floats as Python does', () => {
    const cases: [number, string][] = [
      [2, '2.0'],
      [0.1, '0.1'],
      [1e-5, '1e-05'],
      [0.0001, '0.0001'],
      [1e16, '1e+16'],
      [1234567890123456, '1234567890123456.0'],
      [1.5e300, '1.5e+300'],
      [-0, '-0.0'],
      [0, '0.0'],
      [Infinity, 'inf'],
      [-Infinity, '-inf'],
      [NaN, 'nan'],
      [5e-324, '5e-324'],
      [-8, '-8.0'],
      [0.1 + 0.2, '0.30000000000000004'],
      [1e22, '1e+22'],
      [123456.789e-10, '1.23456789e-05'],
      [0.8958441028683222, '0.8958441028683222'],
    ];
    for (const [x, text] of cases) assert.equal(floatRepr(x), text, `repr(${x})`);
  });

  it('intRepr writes ints, refusing more than 4300 digits as Python 3.11 does', () => {
    assert.equal(intRepr(3n), '3');
    assert.equal(intRepr(-12345678901234567890n), '-12345678901234567890');
    assert.equal(intRepr(10n ** 4299n).length, 4300);
    throwsFormat(
      () => intRepr(-(10n ** 4300n)),
      'ValueError',
      'Exceeds the limit (4300 digits) for integer string conversion; use ' +
        'sys.set_int_max_str_digits() to increase the limit',
    );
  });

  it('the no-type float format keeps a digit after the point', () => {
    assert.equal(formatFloat(1, ''), '1.0');
    assert.equal(formatFloat(1e16, '.3'), '1e+16');
    assert.equal(formatFloat(0.5, '.2'), '0.5');
    assert.equal(formatFloat(1, '.3'), '1.0');
    assert.equal(formatFloat(123, '.3'), '1.23e+02');
    assert.equal(formatFloat(2, '8'), '     2.0');
  });

  it('rounds half-even on the exact binary value', () => {
    assert.equal(formatFloat(0.125, '.2f'), '0.12');
    assert.equal(formatFloat(0.375, '.2f'), '0.38');
    assert.equal(formatFloat(2.675, '.2f'), '2.67'); // 2.67499999... in binary
    assert.equal(formatFloat(2.5, '.0f'), '2');
    assert.equal(formatFloat(3.5, '.0f'), '4');
    assert.equal(formatFloat(-0.5, '.0f'), '-0');
    assert.equal(formatFloat(125, '.1e'), '1.2e+02');
    assert.equal(formatFloat(0.125, '.2g'), '0.12');
  });

  it('prints large and long fixed-point values exactly', () => {
    assert.equal(formatFloat(1e22, 'f'), '10000000000000000000000.000000');
    assert.equal(formatFloat(1e21, '.0f'), '1000000000000000000000');
    assert.equal(formatFloat(0.1, '.30f'), '0.100000000000000005551115123126');
    assert.equal(formatFloat(5e-324, '.3e'), '4.941e-324');
    assert.equal(formatFloat(1.5e300, '.2f').length, 301 + 3);
  });

  it("gives f-strings' common specs", () => {
    assert.equal(formatFloat(0.8958441028683222, '.4f'), '0.8958');
    assert.equal(formatFloat(0.5, '.2e'), '5.00e-01');
    assert.equal(formatFloat(1234.5678, '.3g'), '1.23e+03');
    assert.equal(formatFloat(0.5, '>8.3f'), '   0.500');
    assert.equal(formatFloat(0.5, '<8.3f') + '|', '0.500   |');
    assert.equal(formatFloat(-0.5, '08.3f'), '-000.500');
    assert.equal(formatFloat(1234567.891, ',.2f'), '1,234,567.89');
    assert.equal(formatFloat(0.25, '.1%'), '25.0%');
    assert.equal(formatInt(7n, 'd'), '7');
    assert.equal(formatInt(7n, '>4'), '   7');
    assert.equal(formatInt(-42n, '+06d'), '-00042');
    assert.equal(formatInt(255n, '#x'), '0xff');
    assert.equal(formatInt(1234567n, '_'), '1_234_567');
  });

  it('keeps the sign of negative zero unless z is given', () => {
    assert.equal(formatFloat(-0, ''), '-0.0');
    assert.equal(formatFloat(-0, '.2f'), '-0.00');
    assert.equal(formatFloat(-1e-10, '.2f'), '-0.00');
    assert.equal(formatFloat(-1e-10, 'z.2f'), '0.00');
    assert.equal(formatFloat(-0, 'z'), '0.0');
    assert.equal(formatFloat(-0, '+e'), '-0.000000e+00');
    assert.equal(formatFloat(-0, '.3n'), '-0');
    assert.equal(formatFloat(-0, 'z.3g'), '0');
  });

  it('writes inf and nan with signs and widths', () => {
    assert.equal(formatFloat(Infinity, '+'), '+inf');
    assert.equal(formatFloat(-Infinity, '8.2f'), '    -inf');
    assert.equal(formatFloat(NaN, '+.3f'), '+nan');
    assert.equal(formatFloat(-NaN, ''), 'nan');
    assert.equal(formatFloat(Infinity, '010'), '0000000inf');
    assert.equal(formatFloat(Infinity, 'F'), 'INF');
    assert.equal(formatFloat(NaN, '^7E'), '  NAN  ');
  });

  it('formats an int with a float type as a float', () => {
    assert.equal(formatInt(3n, '.2f'), '3.00');
    assert.equal(formatInt(10n ** 22n, 'e'), '1.000000e+22');
    throwsFormat(
      () => formatInt(10n ** 400n, 'f'),
      'OverflowError',
      'int too large to convert to float',
    );
  });

  it('raises what Python raises for specs the type does not take', () => {
    throwsFormat(
      () => formatFloat(1.5, 'd'),
      'ValueError',
      "Unknown format code 'd' for object of type 'float'",
    );
    throwsFormat(
      () => formatFloat(1.5, '.2fx'),
      'ValueError',
      "Invalid format specifier '.2fx' for object of type 'float'",
    );
    throwsFormat(() => formatFloat(1.5, '.'), 'ValueError', 'Format specifier missing precision');
    throwsFormat(
      () => formatInt(3n, '.2'),
      'ValueError',
      'Precision not allowed in integer format specifier',
    );
    throwsFormat(() => formatStr('a', ',s'), 'ValueError', "Cannot specify ',' with 's'.");
    throwsFormat(
      () => formatStr('a', '=5'),
      'ValueError',
      "'=' alignment not allowed in string format specifier",
    );
    throwsFormat(() => formatInt(-1n, 'c'), 'OverflowError', '%c arg not in range(0x110000)');
  });

  it('refuses runaway widths and precisions instead of building huge strings', () => {
    const big = MAX_FIELD_SIZE + 1;
    const tooWide = `format width ${big} is too large (ToyGrad allows up to ${MAX_FIELD_SIZE})`;
    throwsFormat(() => formatFloat(1, `${big}`), 'ValueError', tooWide);
    throwsFormat(() => formatInt(1n, `${big}`), 'ValueError', tooWide);
    throwsFormat(() => formatStr('a', `${big}`), 'ValueError', tooWide);
    throwsFormat(
      () => formatFloat(1, `.${big}f`),
      'ValueError',
      `format precision ${big} is too large (ToyGrad allows up to ${MAX_FIELD_SIZE})`,
    );
    assert.equal(formatStr('a', `.${big}`), 'a');
    assert.equal(formatFloat(1, `${MAX_FIELD_SIZE}`).length, MAX_FIELD_SIZE);
  });

  it('formats bool as int with a numeric spec and as True/False with none', () => {
    assert.equal(formatBool(true, ''), 'True');
    assert.equal(formatBool(false, ''), 'False');
    assert.equal(formatBool(true, 'd'), '1');
    assert.equal(formatBool(true, '>5'), '    1');
    assert.equal(formatBool(false, '.2f'), '0.00');
    throwsFormat(
      () => formatBool(true, 's'),
      'ValueError',
      "Unknown format code 's' for object of type 'bool'",
    );
  });

  it('pads and truncates str by code points', () => {
    assert.equal(formatStr('ab', ''), 'ab');
    assert.equal(formatStr('ab', '5'), 'ab   ');
    assert.equal(formatStr('ab', '>5'), '   ab');
    assert.equal(formatStr('ab', '^5'), ' ab  ');
    assert.equal(formatStr('abcdef', '.3'), 'abc');
    assert.equal(formatStr('ab', '05'), 'ab000');
    assert.equal(formatStr('😀x', '3'), '😀x ');
    assert.equal(formatStr('😀😀', '.1'), '😀');
    assert.equal(formatStr('a', '😀>3'), '😀😀a');
  });

  it('strRepr chooses quotes and escapes as Python does', () => {
    const cases: [string, string][] = [
      ['abc', "'abc'"],
      ["it's", `"it's"`],
      ['say "hi"', `'say "hi"'`],
      [`both ' and "`, `'both \\' and "'`],
      ['a\\b', "'a\\\\b'"],
      ['\n\r\t', "'\\n\\r\\t'"],
      ['\x00\x1b\x7f', "'\\x00\\x1b\\x7f'"],
      ['\x85\xa0\xad', "'\\x85\\xa0\\xad'"],
      ['é∇😀', "'é∇😀'"],
      ['\u2028\u200b\ufeff', "'\\u2028\\u200b\\ufeff'"],
      ['\u{e0001}\u{10ffff}', "'\\U000e0001\\U0010ffff'"],
      ['\ud800', "'\\ud800'"],
      ['\u3000 ', "'\\u3000 '"],
    ];
    for (const [s, text] of cases) assert.equal(strRepr(s), text, JSON.stringify(s));
  });
});

// str's methods and formatting corners that a probe against CPython 3.11 found wrong or
// missing; every expected text is what CPython 3.11 prints.

import * as assert from 'node:assert/strict';
import { output, py } from './runProgram';

describe('str methods and formatting as CPython 3.11', () => {
  it('folds, titlecases and swaps case with Unicode titlecase and Uppercase/Lowercase', () => {
    assert.equal(
      output(py`
        print('Straße ẞ ı'.casefold(), 'ǆungla ßa ﬁne'.title(), 'ǅ'.swapcase(), 'Ⅻ'.isupper(), 'ª'.islower())
      `),
      'strasse ss ı ǅungla Ssa Fine ǅ True True\n',
    );
  });

  it('has expandtabs, removesuffix, translate/maketrans, isascii, isprintable, isidentifier', () => {
    assert.equal(
      output(py`
        print('a\\tbc\\td'.expandtabs(4), 'x.py'.removesuffix('.py'), 'abc'.translate(str.maketrans('ab', 'xy', 'c')), 'é'.isascii(), '\\t'.isprintable(), '_a1'.isidentifier())
      `),
      'a   bc  d x xy False False True\n',
    );
  });

  it('keeps the rest of a whitespace split as written and finds nothing past the end', () => {
    assert.equal(
      output(py`
        print('a b  '.split(None, 1), '  a b'.rsplit(None, 1), 'ab'.find('', 3), 'ab'.startswith('', 3), 'ab'.count('', 3))
      `),
      "['a', 'b  '] ['  a', 'b'] -1 False 0\n",
    );
  });

  it('numbers a field before the fields nested in its spec; format_map reads a mapping', () => {
    assert.equal(
      output(py`
        print('{:{}{}}|'.format(1.5, '>', 8), '{0[}]}'.format({'}': 1}), '{n:.2f}'.format_map({'n': 2}))
      `),
      '     1.5| 1 2.00\n',
    );
  });

  it("gives CPython's errors for too many digits, a key after %(name), a missing field", () => {
    assert.equal(
      output(py`
        try:
            int('7' * 4301)
        except ValueError as e:
            print(e)
        try:
            str(10 ** 4300)
        except ValueError as e:
            print(e)
        try:
            print('%(a)s %s' % {'a': 1})
        except TypeError as e:
            print(e)
        try:
            '{x}'.format()
        except KeyError as e:
            print(repr(e))
      `),
      'Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; ' +
        'use sys.set_int_max_str_digits() to increase the limit\n' +
        'Exceeds the limit (4300 digits) for integer string conversion; ' +
        'use sys.set_int_max_str_digits() to increase the limit\n' +
        'not enough arguments for format string\n' +
        "KeyError('x')\n",
    );
  });
});

// \N{NAME} escapes in str literals (src/lang/unicodeNames.ts and its table, stringLexer.ts):
// the names CPython 3.11 gives, looked up case-insensitively, and CPython's SyntaxError for
// a name it does not know or a malformed escape, with its byte positions and column.

import * as assert from 'node:assert/strict';
import { errorOf, output } from './runProgram';
import { codePointNamed } from '../../../src/lang/unicodeNames';

describe('\\N{NAME} escapes', () => {
  it('knows the names of the common blocks, their aliases and the CJK ideographs', () => {
    const cases: [string, number][] = [
      ['GREEK SMALL LETTER ALPHA', 0x3b1],
      ['greek small letter alpha', 0x3b1],
      ['BULLET', 0x2022],
      ['LATIN SMALL LETTER E WITH ACUTE', 0xe9],
      ['HYPHEN-MINUS', 0x2d],
      ['SPACE', 0x20],
      ['TILDE', 0x7e],
      ['LATIN SMALL LETTER LONG S', 0x17f],
      ['RIGHTWARDS ARROW', 0x2192],
      ['N-ARY SUMMATION', 0x2211],
      ['BLACK STAR', 0x2605],
      ['HEAVY CHECK MARK', 0x2714],
      ['LF', 0x0a],
      ['NBSP', 0xa0],
      ['BOM', 0xfeff],
      ['CJK UNIFIED IDEOGRAPH-4E00', 0x4e00],
      ['CJK UNIFIED IDEOGRAPH-3134A', 0x3134a],
    ];
    for (const [name, cp] of cases) assert.equal(codePointNamed(name), cp, name);
    // CPython spells the ideographs' names exactly, and knows none past a block's end.
    assert.equal(codePointNamed('cjk unified ideograph-4E00'), undefined);
    assert.equal(codePointNamed('CJK UNIFIED IDEOGRAPH-2A6E0'), undefined);
    assert.equal(codePointNamed('NO SUCH NAME'), undefined);
  });

  it('decodes in str and f-string literals, not in raw strings or bytes', () => {
    assert.equal(
      output('print("\\N{BULLET}", f"{1}\\N{EM DASH}{{", r"\\N{BULLET}", b"\\N{BULLET}")'),
      "• 1—{ \\N{BULLET} b'\\\\N{BULLET}'\n",
    );
  });

  it("fails with CPython's message past the literal's end", () => {
    const prefix =
      "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position";
    assert.equal(
      errorOf('s = "ab\\N{FOO BAR}"'),
      `${prefix} 2-12: unknown Unicode character name @1:20`,
    );
    assert.equal(
      errorOf('s = "é\\N{FOO}"'),
      `${prefix} 10-16: unknown Unicode character name @1:16`,
    );
    assert.equal(
      errorOf('s = "\\N{BULLET"'),
      `${prefix} 0-8: malformed \\N character escape @1:16`,
    );
    assert.equal(errorOf('s = "\\N{}"'), `${prefix} 0-2: malformed \\N character escape @1:11`);
    assert.equal(errorOf('s = "\\Nx"'), `${prefix} 0-1: malformed \\N character escape @1:10`);
    assert.equal(
      errorOf('s = f"{1}\\N{NOPE}"'),
      `${prefix} 0-7: unknown Unicode character name @1:19`,
    );
  });
});

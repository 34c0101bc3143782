// The re module as a program meets it: what the translation to JS RegExp must keep of
// Python's meanings (checked against python3, CPython 3.11), what it refuses, and how fast
// its empty-match loop stays. The conformance programs std_re_* cover the rest.

import * as assert from 'node:assert/strict';
import { translatePattern } from '../../../src/lang/modules/std/reTranslate';
import { errorOf, output, py } from './runProgram';

describe('re: Python meanings the JS RegExp does not share', () => {
  it('\\w, \\d and \\b are Unicode-aware for str patterns, ASCII under re.A', () => {
    const out = output(py`
      import re
      print(re.findall(r"\\w+", "naïve café 日本"), re.findall(r"\\d", "4٣"))
      print(re.findall(r"\\w+", "naïve", re.A), re.findall(r"\\bé", "a é"))
    `);
    assert.equal(out, "['naïve', 'café', '日本'] ['4', '٣']\n['na', 've'] ['é']\n");
  });

  it('$ matches before a final newline, . stops only at a newline, ^ follows MULTILINE', () => {
    const out = output(py`
      import re
      print(re.search(r"a$", "a\\n").span(), re.match(r"a.b", "a\\rb").group())
      print(re.findall(r"^\\w", "ab\\ncd"), re.findall(r"^\\w", "ab\\ncd", re.M))
    `);
    assert.equal(out, "(0, 1) a\rb\n['a'] ['a', 'c']\n");
  });

  it('empty matches follow Python 3.7: after an empty match the next one must advance', () => {
    const out = output(py`
      import re
      print(re.findall(r"x*|a", "a"), re.sub("x*", "-", "abxd"), re.split(r"\\b", "a b"))
    `);
    assert.equal(out, "['', 'a', ''] -a-b--d- ['', 'a', ' ', 'b', '']\n");
  });

  it('findall gives strings for one group and tuples for several, unmatched groups as ""', () => {
    const out = output(py`
      import re
      print(re.findall(r"(\\w)=(\\d)?", "a=1 b="), re.findall(r"(\\d)", "a1b2"))
    `);
    assert.equal(out, "[('a', '1'), ('b', '')] ['1', '2']\n");
  });

  it('atomic groups and possessive repeats do not give back what they took', () => {
    const out = output(py`
      import re
      print(re.match(r"a++a", "aaa"), re.match(r"(?>(a+))(b)", "aab").groups())
    `);
    assert.equal(out, "None ('aa', 'b')\n");
  });
});

describe('re: errors', () => {
  it('a bad pattern raises re.error with CPython message and position', () => {
    assert.equal(
      errorOf('import re\nre.compile("(ab")\n'),
      'error: missing ), unterminated subpattern at position 0 @2:1',
    );
    const out = output(py`
      import re
      try:
          re.compile("a**")
      except re.error as e:
          print(e.msg, e.pos, type(e))
    `);
    assert.equal(out, "multiple repeat 2 <class 're.error'>\n");
  });

  it('refuses what JS cannot match as Python does, instead of matching differently', () => {
    assert.match(
      errorOf('import re\nre.compile("(?i:(a)\\\\1)b")\n'),
      /^NotImplementedError: a backreference under IGNORECASE/,
    );
    assert.match(
      errorOf('import re\nre.compile("(a)?(?(1)b|c)")\n'),
      /^NotImplementedError: conditional groups/,
    );
  });

  it('a bad template in sub is a re.error; an unknown group name an IndexError', () => {
    assert.equal(
      errorOf('import re\nre.sub("(a)", r"\\3", "a")\n'),
      'error: invalid group reference 3 at position 1 @2:1',
    );
    assert.equal(
      errorOf('import re\nre.sub("(a)", r"\\g<x>", "a")\n'),
      "IndexError: unknown group name 'x' @2:1",
    );
  });
});

describe('re: translation', () => {
  it('counts groups, names them and keeps hidden atomic groups out of the numbering', () => {
    const t = translatePattern('(?>(a))(?P<b>b)', 0);
    assert.equal(t.groups, 2);
    assert.deepEqual([...t.groupIndex], [['b', 2]]);
    assert.deepEqual(t.jsGroup.slice(1), [2, 3]);
    assert.equal(t.flags, 32);
  });

  it('knows a pattern of anchors only can never consume', () => {
    assert.equal(translatePattern(String.raw`\b|^`, 0).canConsume, false);
    assert.equal(translatePattern(String.raw`\bx`, 0).canConsume, true);
  });

  it('splits a long text at every word boundary quickly (no quadratic retries)', () => {
    const started = Date.now();
    const out = output(py`
      import re
      text = "word, " * 20000
      print(len(re.split(r"\\b", text)), len(re.findall(r"\\w+|[^\\w\\s]", text)))
    `);
    assert.equal(out, '40001 40000\n');
    assert.ok(Date.now() - started < 10000);
  });
});

describe('re: flags', () => {
  it('are a RegexFlag shown by name that computes as an int', () => {
    const out = output(py`
      import re
      print(re.I, re.I | re.M, repr(re.compile("a", re.I)), re.compile("a", re.I).flags)
      print(re.I == 2, int(re.I), re.I + 1, isinstance(re.I, int), re.NOFLAG, type(re.I))
    `);
    assert.equal(
      out,
      "re.IGNORECASE re.IGNORECASE|re.MULTILINE re.compile('a', re.IGNORECASE) 34\n" +
        "True 2 3 True re.NOFLAG <flag 'RegexFlag'>\n",
    );
  });
});

describe('re: scoped IGNORECASE', () => {
  it('folds case only inside (?i:...), and keeps it inside (?-i:...) of an re.I pattern', () => {
    const out = output(py`
      import re
      print(re.fullmatch("(?i:ab)c", "ABc") is not None, re.fullmatch("(?i:ab)c", "ABC"))
      print(re.findall("(?i:[a-c]+)x", "AbCx abcX"), re.fullmatch("(?i:[^a])", "A"))
      print(re.fullmatch("a(?-i:b)c", "AbC", re.I) is not None, re.fullmatch("a(?-i:b)c", "ABC", re.I))
      print(re.fullmatch("(?i:k)", "\u212a") is not None, re.fullmatch("(?ai:k)", "\u212a"))
    `);
    assert.equal(out, "True None\n['AbCx'] None\nTrue None\nTrue None\n");
  });
});

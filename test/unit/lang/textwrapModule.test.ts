// textwrap as programs use it: wrapping that breaks after hyphens and keeps em-dashes whole,
// the options, max_lines with a placeholder, shorten, dedent, indent and TextWrapper objects.
// Expected outputs are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('standard modules: textwrap.wrap and fill', () => {
  it('breaks after the hyphens of compound words, not inside em-dashes', () => {
    const out = output(py`
      import textwrap
      print(textwrap.wrap("Look, goof-ball -- use the -b option!", 10))
      print(textwrap.wrap("Look, goof-ball -- use the -b option!", 10, break_on_hyphens=False))
    `);
    assert.equal(
      out,
      "['Look,', 'goof-ball', '-- use the', '-b option!']\n" +
        "['Look,', 'goof-ball', '-- use the', '-b option!']\n",
    );
  });

  it('splits long words (after a hyphen when it can) unless told not to', () => {
    const out = output(py`
      import textwrap
      print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 8))
      print(textwrap.wrap("supercalifragilistic is long", 8, break_long_words=False))
    `);
    assert.equal(
      out,
      "['a-very-', 'long-hyp', 'henated-', 'compound', '-word', 'here']\n" +
        "['supercalifragilistic', 'is long']\n",
    );
  });

  it('takes indents, tabs and max_lines with a placeholder', () => {
    const out = output(py`
      import textwrap
      t = "The quick brown fox jumps over the lazy dog again and again"
      print(textwrap.fill(t, 20, initial_indent="* ", subsequent_indent="  "))
      print(textwrap.wrap("a\\tb\\tc", 20, tabsize=4))
      print(textwrap.wrap(t, 20, max_lines=2, placeholder="..."))
      print(textwrap.shorten("Hello  world!", width=11))
    `);
    assert.equal(
      out,
      '* The quick brown\n  fox jumps over the\n  lazy dog again and\n  again\n' +
        "['a   b   c']\n" +
        "['The quick brown fox', 'jumps over the...']\n" +
        'Hello [...]\n',
    );
  });

  it('fails as CPython does for a width below 1 or an unknown option', () => {
    assert.equal(
      errorOf('import textwrap\ntextwrap.wrap("x", 0)\n'),
      'ValueError: invalid width 0 (must be > 0) @2:1',
    );
    const out = output(py`
      import textwrap
      try:
          textwrap.TextWrapper(colour="red")
      except TypeError as e:
          print(e)
    `);
    assert.equal(out, "TextWrapper.__init__() got an unexpected keyword argument 'colour'\n");
  });
});

describe('standard modules: textwrap.dedent, indent and TextWrapper', () => {
  it('removes the common margin and prefixes the lines a predicate picks', () => {
    const out = output(py`
      import textwrap
      print(repr(textwrap.dedent("    x\\n      y\\n  \\n    z")))
      print(repr(textwrap.indent("one\\n\\ntwo\\n", "> ")))
      print(repr(textwrap.indent("a\\nbb\\nccc\\n", "-", lambda line: len(line) > 2)))
    `);
    assert.equal(out, "'x\\n  y\\n\\nz'\n'> one\\n\\n> two\\n'\n'a\\n-bb\\n-ccc\\n'\n");
  });

  it('reads its options from its attributes at each call, and can be subclassed', () => {
    const out = output(py`
      import textwrap
      w = textwrap.TextWrapper(width=12)
      print(w.wrap("one two three four five"))
      w.width = 20
      print(w.fill("one two three four five"))
      class Mine(textwrap.TextWrapper):
          def __init__(self):
              super().__init__(width=9, subsequent_indent=". ")
      print(Mine().wrap("one two three four"), w.placeholder, w.max_lines)
    `);
    assert.equal(
      out,
      "['one two', 'three four', 'five']\none two three four\nfive\n" +
        "['one two', '. three', '. four']  [...] None\n",
    );
  });
});

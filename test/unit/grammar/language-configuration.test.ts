import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './grammar-harness';

interface Pair {
  open: string;
  close: string;
  notIn?: string[];
}

interface OnEnterRule {
  beforeText: string;
  afterText?: string;
  previousLineText?: string;
  action: { indent: 'none' | 'indent' | 'indentOutdent' | 'outdent'; appendText?: string };
}

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: Pair[];
  autoCloseBefore: string;
  surroundingPairs: [string, string][];
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: OnEnterRule[];
  folding: { offSide: boolean; markers: { start: string; end: string } };
}

const config = JSON.parse(
  readFileSync(join(repoRoot(), 'language-configuration.json'), 'utf8'),
) as LanguageConfiguration;

/** The words VS Code would see on a line with this word pattern (it adds the `g` flag). */
function words(line: string): string[] {
  return [...line.matchAll(new RegExp(config.wordPattern, 'g'))].map((m) => m[0]);
}

/** The first onEnter rule VS Code would apply, given the text around the cursor. */
function onEnter(beforeText: string, afterText = ''): OnEnterRule | undefined {
  return config.onEnterRules.find(
    (r) =>
      new RegExp(r.beforeText).test(beforeText) &&
      (r.afterText === undefined || new RegExp(r.afterText).test(afterText)),
  );
}

describe('tgrad language configuration', () => {
  it('has # line comments and the three bracket pairs', () => {
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets, [
      ['(', ')'],
      ['[', ']'],
      ['{', '}'],
    ]);
  });

  it('every regex compiles in JavaScript as VS Code compiles it', () => {
    const patterns: string[] = [
      config.wordPattern,
      config.indentationRules.increaseIndentPattern,
      config.indentationRules.decreaseIndentPattern,
      config.folding.markers.start,
      config.folding.markers.end,
      ...config.onEnterRules.flatMap((r) =>
        [r.beforeText, r.afterText, r.previousLineText].filter((p) => p !== undefined),
      ),
    ];
    for (const p of patterns) assert.doesNotThrow(() => new RegExp(p, 'g'), p);
    // VS Code rejects a word pattern that can match the empty string (it would loop).
    assert.ok(!new RegExp(config.wordPattern).test(''));
  });

  it('auto-closes brackets and quotes, but never a quote inside a string', () => {
    const opens = config.autoClosingPairs.map((p) => p.open);
    for (const [open] of config.brackets) assert.ok(opens.includes(open), open);
    for (const quote of ['"', "'", 'f"', "f'"]) {
      const pair = config.autoClosingPairs.find((p) => p.open === quote);
      assert.ok(pair, quote);
      assert.ok(pair.notIn?.includes('string'), quote);
    }
    // An apostrophe in a comment ("don't") must not grow a closing quote.
    assert.ok(config.autoClosingPairs.find((p) => p.open === "'")?.notIn?.includes('comment'));
    const surround = config.surroundingPairs.map(([a, b]) => a + b);
    for (const p of ['()', '[]', '{}', '""', "''"]) assert.ok(surround.includes(p), p);
  });

  it('finds identifiers and whole numbers (1e-3, .5) as words', () => {
    assert.deepEqual(words('loss = 1e-3 * xs[0].data + .5 - 2.0'), [
      'loss',
      '1e-3',
      'xs',
      '0',
      'data',
      '.5',
      '2.0',
    ]);
    assert.deepEqual(words('m.zero_grad(); w2 = x_1'), ['m', 'zero_grad', 'w2', 'x_1']);
    assert.deepEqual(words('λ = poids_é'), ['λ', 'poids_é']);
  });

  it('indents after a line ending with a colon, not after a comment that does', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    for (const line of [
      'for k in range(100):',
      '    if loss.data < 0.01:  # good enough',
      'def f(x, act="tanh"):',
      'else:',
      'while True:',
    ]) {
      assert.ok(increase.test(line), line);
      assert.equal(onEnter(line)?.action.indent, 'indent', line);
    }
    for (const line of ['# Steps:', '# %% Part 1:', 'x = 1', 'print(x)  # note:']) {
      assert.ok(!increase.test(line), line);
      assert.notEqual(onEnter(line)?.action.indent, 'indent', line);
    }
  });

  it('outdents else: and elif ...: lines', () => {
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    for (const line of ['else:', '    elif k > 3:', '  else :  # otherwise']) {
      assert.ok(decrease.test(line), line);
    }
    for (const line of ['elsewhere = 1', 'elif_count = 2', '    x = a if c else b']) {
      assert.ok(!decrease.test(line), line);
    }
  });

  it('outdents after return, pass, break and continue', () => {
    for (const line of ['    return x', '        pass', '    break', '    continue']) {
      assert.equal(onEnter(line)?.action.indent, 'outdent', line);
    }
    assert.equal(onEnter('    returns = 1'), undefined);
    // At the top level there is nothing to outdent from.
    assert.equal(onEnter('return x'), undefined);
  });

  it('continues a comment split by Enter, but not a cell marker', () => {
    assert.equal(onEnter('# the chain ', 'rule')?.action.appendText, '# ');
    assert.equal(onEnter('# %% Train ', 'the MLP'), undefined);
    assert.equal(onEnter('# end of comment', ''), undefined);
  });

  it('folds # region / # endregion blocks and indented blocks', () => {
    assert.equal(config.folding.offSide, true);
    assert.ok(new RegExp(config.folding.markers.start).test('# region training'));
    assert.ok(new RegExp(config.folding.markers.end).test('  # endregion'));
    assert.ok(!new RegExp(config.folding.markers.start).test('# %% cell'));
  });
});

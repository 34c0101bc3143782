import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../../../src/engine/random';
import { createBuiltins } from '../../../src/lang/builtins';
import { COMPILER_MADE_BUILTINS } from '../../../src/lang/compile/namespaceBuiltins';
import type { RunHost } from '../../../src/lang/host';
import { stdinFile } from '../../../src/lang/runtime/stdin';
import { DocLayoutError, extractExamples } from './docExamples';
import { runLikeCli } from './runExample';

const repo = join(__dirname, '../../../..');
const docPath = join(repo, 'docs/language.md');
const doc = readFileSync(docPath, 'utf8');

describe('docs/language.md examples: the extractor', () => {
  it('takes a python fence and the text fence after its Output: label, with options', () => {
    const md = [
      'Some prose.',
      '',
      '<!-- tgrad run --max-nodes 1000 -->',
      '```python',
      'print(1)',
      '```',
      '',
      'Output:',
      '',
      '```text',
      '1',
      '```',
    ].join('\n');
    assert.deepEqual(extractExamples(md), [
      { code: 'print(1)\n', expected: '1\n', options: ['--max-nodes', '1000'], line: 4 },
    ]);
  });

  it('refuses an example without an Output block, and an Output block without an example', () => {
    assert.throws(
      () => extractExamples('```python\nprint(1)\n```\n\nMore prose.\n'),
      DocLayoutError,
    );
    assert.throws(() => extractExamples('Output:\n\n```text\n1\n```\n'), DocLayoutError);
    assert.throws(() => extractExamples('```python\nx = 1\n```\nOutput:\n```python\n```\n'), {
      message: /must be followed by a text fence/,
    });
  });

  it('does not take a python fence shown inside another fence for an example', () => {
    assert.deepEqual(extractExamples('```text\n```python\n```\n'), []);
  });
});

describe('docs/language.md examples: the runner', () => {
  it('prints stdout, cell results and a failing cell’s diagnostic, and stops there', () => {
    const code = '# %%\nx = 2\nprint("x is", x)\nx * 3\n# %%\ny = x / 0\n# %%\nprint("never")\n';
    assert.equal(
      runLikeCli(code),
      'x is 2\n6\nexample.tgrad:6:5: ZeroDivisionError: division by zero\n    y = x / 0\n        ^^^^^\n',
    );
  });

  it('honours --cell N: the cells above run silently', () => {
    const code = '# %%\nk = 20\nprint("one")\n# %% [markdown]\n# text\n# %%\nprint(k + 1)\n';
    assert.equal(runLikeCli(code, ['--cell', '2']), '21\n');
  });
});

describe('docs/language.md is true to the code', () => {
  const examples = extractExamples(doc);

  it('has all its examples (at least 60) laid out as an example and its Output block', () => {
    assert.ok(examples.length >= 60, `only ${examples.length} examples`);
  });

  for (const ex of examples) {
    const first = ex.code.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
    it(`line ${ex.line}: ${first}`, () => {
      // A run that hangs fails with a LimitError well before the CLI's 600 s would end it.
      assert.equal(runLikeCli(ex.code, ex.options, 20_000), ex.expected);
    });
  }

  it('lists every built-in name in its table of built-ins, and no other', () => {
    const inert: RunHost = {
      print: () => {},
      log: () => {},
      draw: () => {},
      plot: () => {},
      boundary: () => {},
      trainStep: () => {},
      warn: () => {},
      shouldStop: () => false,
    };
    const ctx = {
      host: inert,
      rng: new Random(),
      mustStop: () => false,
      stopNow: () => {
        throw new Error('unused');
      },
      stdin: () => stdinFile(undefined),
    };
    const files = { files: () => null, maxFileBytes: () => 0 };
    const builtins = [...createBuiltins(ctx, files).names.keys(), ...COMPILER_MADE_BUILTINS].sort();
    const start = doc.indexOf('<!-- builtins table -->');
    assert.ok(start >= 0, 'the table of built-ins is missing');
    const end = doc.indexOf('\n#', start);
    const table = doc.slice(start, end < 0 ? doc.length : end);
    // Every name in backticks in a row's first column: `tanh(x)` `relu(x)`, `pi`, `e`.
    const firstColumns = [...table.matchAll(/^\|([^|]*)\|/gm)].map((m) => m[1]);
    const names = firstColumns.flatMap((c) => [...c.matchAll(/`([A-Za-z_]\w*)/g)].map((m) => m[1]));
    assert.deepEqual([...new Set(names)].sort(), builtins);
  });
});

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromIpynb, IpynbError, toIpynb } from '../../../src/kernel/ipynb';

const repo = join(__dirname, '..', '..', '..', '..');
const examples = join(repo, 'examples');

interface Nb {
  cells: {
    cell_type: string;
    id: string;
    metadata: Record<string, unknown>;
    source: string[];
    execution_count?: number | null;
    outputs?: unknown[];
  }[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('ipynb', () => {
  it('turns markdown cells into markdown and code cells into code, titles kept', () => {
    const text =
      '# %% [markdown]\n# # Title\n#\n# Some *text*\n\n# %% Forward\na = Value(2.0)\nb = a * 3\n\n# %%\nprint(b)\n';
    const nb = JSON.parse(toIpynb(text)) as Nb;
    assert.equal(nb.nbformat, 4);
    assert.equal(nb.nbformat_minor, 5);
    assert.deepEqual(
      nb.cells.map((c) => [c.cell_type, c.source.join(''), c.metadata]),
      [
        ['markdown', '# Title\n\nSome *text*', {}],
        ['code', 'a = Value(2.0)\nb = a * 3', { toygrad: { title: 'Forward' } }],
        ['code', 'print(b)', {}],
      ],
    );
    assert.deepEqual(nb.cells[1].source, ['a = Value(2.0)\n', 'b = a * 3']);
    assert.equal(nb.cells[1].execution_count, null);
    assert.deepEqual(nb.cells[1].outputs, []);
    assert.deepEqual(nb.metadata.kernelspec, {
      display_name: 'ToyGrad',
      language: 'python',
      name: 'toygrad',
    });
    assert.equal((nb.metadata.language_info as { name: string }).name, 'python');
    assert.equal(new Set(nb.cells.map((c) => c.id)).size, 3);
    for (const c of nb.cells) assert.match(c.id, /^[a-zA-Z0-9-_]{1,64}$/);
    assert.equal(fromIpynb(toIpynb(text)), text);
  });

  it('round-trips every example byte for byte, keeping no ToyGrad text where cells suffice', () => {
    for (const name of readdirSync(examples).filter((n) => n.endsWith('.tgrad'))) {
      const text = readFileSync(join(examples, name), 'utf8');
      const json = toIpynb(text);
      assert.equal(fromIpynb(json), text, name);
      const nb = JSON.parse(json) as Nb;
      const kept = nb.cells.filter((c) => (c.metadata.toygrad as { text?: string })?.text);
      assert.ok(kept.length <= 1, `${name}: ${kept.length} cells keep their text`);
    }
  });

  it('round-trips any percent-format text: .tgrad -> .ipynb -> .tgrad gives the same bytes', () => {
    const piece = fc.constantFrom(
      '# %%',
      '# %% T',
      '#%% [markdown]',
      '# %% [markdown] Notes',
      '#  %%  spaced  title ',
      '# text',
      '#text',
      'x = 1',
      '',
      '  ',
      'y=2',
      '\t',
      '#',
      'print("é ∂ \\u0001")',
      's = "\u0007"',
    );
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(piece, eol), { maxLength: 14 }),
        fc.boolean(),
        (ls, lastEol) => {
          let text = ls.map(([l, e]) => l + e).join('');
          if (!lastEol && text.length > 0) text = text.replace(/(\r\n|\r|\n)$/, '');
          const json = toIpynb(text);
          assert.equal(fromIpynb(json), text);
          // And the notebook is stable: exporting the imported file gives the same JSON.
          assert.equal(toIpynb(fromIpynb(json)), json);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('writes a cell edited in Jupyter afresh and keeps the others', () => {
    const text = '# %% A\r\na = 1\r\n\r\n# %% B\r\nb = a + 1\r\n';
    const nb = JSON.parse(toIpynb(text)) as Nb;
    nb.cells[1].source = ['b = a + 2\n', 'print(b)'];
    assert.equal(
      fromIpynb(JSON.stringify(nb)),
      '# %% A\r\na = 1\r\n\r\n# %% B\r\nb = a + 2\r\nprint(b)\r\n',
    );
  });

  it('imports a notebook made in Jupyter (string sources, raw cells, no ToyGrad metadata)', () => {
    const nb = {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: '# micrograd\nA tiny engine.' },
        {
          cell_type: 'code',
          execution_count: 3,
          metadata: {},
          outputs: [{ output_type: 'stream', name: 'stdout', text: ['9\n'] }],
          source: ['x = 3\n', 'print(x * x)\n'],
        },
        { cell_type: 'raw', metadata: {}, source: 'raw text' },
      ],
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
      nbformat: 4,
      nbformat_minor: 2,
    };
    assert.equal(
      fromIpynb(JSON.stringify(nb)),
      '# %% [markdown]\n# # micrograd\n# A tiny engine.\n\n# %%\nx = 3\nprint(x * x)\n\n# %% [markdown]\n# raw text\n',
    );
  });

  it('says what is wrong with a file that is not an nbformat 4 notebook', () => {
    assert.throws(() => fromIpynb('{'), IpynbError);
    assert.throws(() => fromIpynb('{"cells": 3}'), /no list of cells/);
    assert.throws(() => fromIpynb('{"cells": [], "nbformat": 3}'), /only nbformat 4/);
    assert.throws(
      () => fromIpynb('{"cells": [{"cell_type": "code", "source": 3}], "nbformat": 4}'),
      /cell 1's source must be a string or a list of strings/,
    );
  });

  it('stores outputs as nbformat does: multi-line strings as lists of lines', () => {
    const json = toIpynb(
      '# %%\nprint(1)\n# %% [markdown]\n# hi\n# %%\nx\n',
      new Map([
        [
          2,
          {
            executionCount: 4,
            outputs: [
              { output_type: 'stream', name: 'stdout', text: 'a\nb\n' },
              {
                output_type: 'execute_result',
                execution_count: 4,
                data: { 'text/plain': 'Value(data=1.0, grad=0.0)' },
                metadata: {},
              },
            ],
          },
        ],
      ]),
    );
    const nb = JSON.parse(json) as Nb;
    assert.equal(nb.cells[0].execution_count, null);
    assert.equal(nb.cells[2].execution_count, 4);
    assert.deepEqual(nb.cells[2].outputs, [
      { name: 'stdout', output_type: 'stream', text: ['a\n', 'b\n'] },
      {
        data: { 'text/plain': ['Value(data=1.0, grad=0.0)'] },
        execution_count: 4,
        metadata: {},
        output_type: 'execute_result',
      },
    ]);
  });

  it('writes JSON exactly as Jupyter does (json.dumps sort_keys, indent=1, ensure_ascii=False)', function () {
    if (!hasPython) this.skip();
    const text =
      readFileSync(join(examples, 'lecture.tgrad'), 'utf8') + '\n# %% Ünïcödé\ns = "\u0001\\t"\n';
    const json = toIpynb(text);
    const py = spawnSync(
      'python3',
      [
        '-c',
        'import json,sys; s=sys.stdin.read(); sys.stdout.write(json.dumps(json.loads(s), sort_keys=True, indent=1, ensure_ascii=False) + "\\n")',
      ],
      { input: json, encoding: 'utf8' },
    );
    assert.equal(py.status, 0, py.stderr);
    assert.equal(py.stdout, json);
  });
});

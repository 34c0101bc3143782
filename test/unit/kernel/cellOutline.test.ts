import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { outlineOf } from '../../../src/kernel/cellOutline';

const FILE = [
  '# %% [markdown]', //                     0
  '# ## The neuron', //                     1
  '# inputs x1, x2', //                     2
  '', //                                    3
  '# %%', //                                4
  'x1 = Value(2.0)', //                     5
  'def f(x):', //                           6
  '    if x > 0:', //                       7
  '        return x', //                    8
  '    # negative:', //                     9
  '    return -x', //                       10
  'y = f(x1)', //                           11
  '', //                                    12
  '# %% Train', //                          13
  'for k in range(3):', //                  14
  '\tprint(k)', //                          15
  '', //                                    16
  '', //                                    17
].join('\n');

describe('cell outline: the Outline view and folding', () => {
  it('names each cell: its title, a markdown cell’s first words, else cell N', () => {
    const { sections } = outlineOf(FILE);
    assert.deepEqual(
      sections.map((s) => [s.kind, s.name, s.detail, s.startLine, s.lastLine]),
      [
        ['markdown', 'The neuron', '', 0, 2],
        ['code', 'cell 1', 'x1 = Value(2.0)', 4, 11],
        ['code', 'Train', 'for k in range(3):', 13, 15],
      ],
    );
  });

  it('folds each cell to its last non-blank line, and the indented blocks inside', () => {
    assert.deepEqual(outlineOf(FILE).folds, [
      { start: 0, end: 2, kind: 'cell' },
      { start: 4, end: 11, kind: 'cell' },
      { start: 6, end: 10, kind: 'block' },
      { start: 7, end: 8, kind: 'block' },
      { start: 13, end: 15, kind: 'cell' },
      { start: 14, end: 15, kind: 'block' },
    ]);
  });

  it('folds blocks in a file without markers, and has no sections for it', () => {
    const o = outlineOf('while True:\n    x = 1\n\n    y = 2\nz = 3\n');
    assert.deepEqual(o.sections, []);
    assert.deepEqual(o.folds, [{ start: 0, end: 3, kind: 'block' }]);
  });

  it('gives every fold inside the file, start before end, nested or disjoint (random files)', () => {
    const line = fc.constantFrom(
      '# %%',
      '# %% [markdown]',
      '# %% Title',
      '',
      '# note',
      'x = 1',
      'for i in range(2):',
      '    y = i',
      '        z = y',
      '\tw = 0',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (ls, eol) => {
        const { folds, sections } = outlineOf(ls.join(eol));
        for (const f of folds) {
          assert.ok(f.start >= 0 && f.start < f.end && f.end < ls.length);
        }
        for (const a of folds)
          for (const b of folds) {
            const disjoint = a.end < b.start || b.end < a.start;
            const nested =
              (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
            assert.ok(disjoint || nested, `${JSON.stringify([a, b])}`);
          }
        assert.equal(sections.length, ls.filter((l) => l.startsWith('# %%')).length);
      }),
    );
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutNotebook, readNotebook, writeNotebook } from '../../../src/kernel/notebookCells';

const examples = join(__dirname, '..', '..', '..', '..', 'examples');

describe('notebookCells', () => {
  it('reads the lecture into markdown and code cells and writes the same bytes back', () => {
    const text = readFileSync(join(examples, 'lecture.tgrad'), 'utf8');
    const nb = readNotebook(text);
    assert.deepEqual(
      nb.cells.slice(0, 3).map((c) => [c.kind, c.title]),
      [
        ['markdown', ''],
        ['code', 'An expression and its derivatives'],
        ['markdown', ''],
      ],
    );
    assert.match(nb.cells[0].source, /^# The micrograd lecture, cell by cell\n\nAndrej/);
    assert.equal(nb.cells[1].source.split('\n')[0], 'a = Value(2.0)');
    assert.ok(!nb.cells[1].source.endsWith('\n'), 'no trailing blank lines in a cell');
    assert.equal(writeNotebook(nb), text);
  });

  it('writes back any text unchanged when no cell was edited', () => {
    const piece = fc.constantFrom(
      '# %%',
      '# %% T',
      '#%% [markdown]',
      '# text',
      'x = 1',
      '',
      '  ',
      'y=2',
      '\t',
      '#',
    );
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(piece, eol), { maxLength: 12 }),
        fc.boolean(),
        (lines, lastEol) => {
          let text = lines.map(([l, e]) => l + e).join('');
          if (!lastEol && text.length > 0) text = text.replace(/(\r\n|\r|\n)$/, '');
          assert.equal(writeNotebook(readNotebook(text)), text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes an edited cell afresh and keeps the others byte for byte', () => {
    const text =
      '# %% A\r\na = 1\r\n\r\n# %% [markdown]\r\n# Some *text*\r\n\r\n# %% B\r\nb = a + 1\r\n';
    const nb = readNotebook(text);
    assert.equal(nb.eol, '\r\n');
    nb.cells[2].source = 'b = a + 2\nprint(b)';
    assert.equal(
      writeNotebook(nb),
      '# %% A\r\na = 1\r\n\r\n# %% [markdown]\r\n# Some *text*\r\n\r\n# %% B\r\nb = a + 2\r\nprint(b)\r\n',
    );
  });

  it('writes new cells with markers and markdown as comments', () => {
    const nb = readNotebook('# %% A\na = 1\n');
    nb.cells.push({
      kind: 'markdown',
      source: 'Title\n\nmore',
      title: '',
      hasMarker: true,
      text: null,
    });
    nb.cells.push({ kind: 'code', source: 'c = 3', title: '', hasMarker: true, text: null });
    assert.equal(
      writeNotebook(nb),
      '# %% A\na = 1\n# %% [markdown]\n# Title\n#\n# more\n\n# %%\nc = 3\n',
    );
    const again = readNotebook(writeNotebook(nb));
    assert.deepEqual(
      again.cells.map((c) => [c.kind, c.source]),
      [
        ['code', 'a = 1'],
        ['markdown', 'Title\n\nmore'],
        ['code', 'c = 3'],
      ],
    );
  });

  it('keeps a comment-only preamble out of the cells but in the file', () => {
    const text = '\n# a comment\n\n# %% A\nx = 1\n';
    const nb = readNotebook(text);
    assert.equal(nb.cells.length, 1);
    assert.equal(nb.prefix, '\n# a comment\n\n');
    assert.equal(writeNotebook(nb), text);
  });

  it('gives code from before the first marker a marker once it is moved down', () => {
    const nb = readNotebook('x = 0\n# %% A\na = 1\n');
    nb.cells.reverse();
    assert.equal(writeNotebook(nb), '# %% A\na = 1\n# %%\nx = 0\n');
  });

  it('says on which file line each cell’s code starts', () => {
    const nb = readNotebook('x = 0\n# %% A\na = 1\n\n# %% [markdown]\n# hi\n# %% B\nb = 2\n');
    assert.deepEqual(layoutNotebook(nb).firstLines, [1, 3, 6, 8]);
  });
});

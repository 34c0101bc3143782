import { strict as assert } from 'node:assert';
import {
  cellAfter,
  cellAtLine,
  cellLabel,
  codeCells,
  codeHash,
} from '../../../src/extension/cellModel';

const file = [
  '# %% [markdown]', // 0
  '# Title', // 1
  '', // 2
  '# %% First', // 3
  'a = 1', // 4
  'b = a + 1', // 5
  '', // 6
  '# %%', // 7
  '# only a comment', // 8
  '# %% Third', // 9
  'c = b * 2', // 10
  '', // 11
].join('\n');

describe('cellModel', () => {
  it('lists code cells with their lines, skipping markdown and comment-only cells', () => {
    const cells = codeCells(file);
    assert.equal(cells.length, 2);
    const [first, third] = cells;
    assert.deepEqual(
      { index: first.index, number: first.number, title: first.title, start: first.startLine },
      { index: 1, number: 1, title: 'First', start: 3 },
    );
    assert.equal(first.bodyStartLine, 4);
    assert.equal(first.firstLine, 5);
    assert.equal(first.lastLine, 5);
    assert.equal(first.endLine, 7);
    assert.equal(first.code, 'a = 1\nb = a + 1\n\n');
    assert.equal(third.index, 3);
    assert.equal(third.number, 2);
    assert.equal(third.lastLine, 10);
  });

  it('treats a file without markers as one cell', () => {
    const [only, ...rest] = codeCells('x = 1\ny = 2\n');
    assert.equal(rest.length, 0);
    assert.equal(only.startLine, 0);
    assert.equal(only.firstLine, 1);
    assert.equal(cellLabel(only), 'cell 1');
  });

  it('keeps cell ranges while the code does not parse', () => {
    const cells = codeCells('# %% A\nx = (1 +\n# %% B\ny = ]]\n');
    assert.deepEqual(
      cells.map((c) => [c.startLine, c.endLine]),
      [
        [0, 2],
        [2, 4],
      ],
    );
  });

  it('fingerprints code but not trailing blank lines or line endings', () => {
    assert.equal(codeHash('a = 1\n'), codeHash('a = 1\n\n\n'));
    assert.equal(codeHash('a = 1\r\nb = 2'), codeHash('a = 1\nb = 2'));
    assert.notEqual(codeHash('a = 1\n'), codeHash('a = 2\n'));
    assert.notEqual(codeHash('\na = 1'), codeHash('a = 1'));
  });

  it('finds the cell at a line and the cell after it', () => {
    const cells = codeCells(file);
    assert.equal(cellAtLine(cells, 3)?.title, 'First');
    assert.equal(cellAtLine(cells, 6)?.title, 'First');
    assert.equal(cellAtLine(cells, 1), undefined);
    assert.equal(cellAtLine(cells, 8), undefined);
    assert.equal(cellAfter(cells, cells[0])?.title, 'Third');
    assert.equal(cellAfter(cells, cells[1]), undefined);
  });
});

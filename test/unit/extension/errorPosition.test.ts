import { strict as assert } from 'node:assert';
import { codeCells } from '../../../src/extension/cellModel';
import { currentLine, errorRange, mapRunLine } from '../../../src/extension/errorPosition';

describe('errorPosition', () => {
  const lines = ['x = 1', 'y = undefined_name + 1', '    '];
  const text = (l: number) => lines[l];

  it('uses the exact span when the kernel gives one', () => {
    assert.deepEqual(errorRange({ line: 2, col: 5, endLine: 2, endCol: 19 }, text), {
      line: 1,
      col: 4,
      endLine: 1,
      endCol: 18,
    });
  });

  it('falls back to the word at the position, a character, or the line', () => {
    assert.deepEqual(errorRange({ line: 2, col: 5 }, text), {
      line: 1,
      col: 4,
      endLine: 1,
      endCol: 18,
    });
    assert.deepEqual(errorRange({ line: 2, col: 20 }, text), {
      line: 1,
      col: 19,
      endLine: 1,
      endCol: 20,
    });
    assert.deepEqual(errorRange({ line: 1, col: 6, endLine: 1, endCol: 6 }, text), {
      line: 0,
      col: 0,
      endLine: 0,
      endCol: 5,
    });
  });

  it('keeps the kernel’s columns for a file whose text it does not have (a closed module)', () => {
    const closed = () => undefined;
    assert.deepEqual(errorRange({ line: 3, col: 9, endLine: 3, endCol: 14 }, closed), {
      line: 2,
      col: 8,
      endLine: 2,
      endCol: 13,
    });
    assert.deepEqual(errorRange({ line: 3, col: 9 }, closed), {
      line: 2,
      col: 8,
      endLine: 2,
      endCol: 9,
    });
  });

  it('moves a run’s lines with its cell', () => {
    const before = codeCells('# %% A\nq = 1\n');
    const after = codeCells('# %% new\nz = 0\n\n# %% A\nq = 1\n');
    const record = { firstLine: before[0].firstLine };
    assert.equal(currentLine(record, after[1], 2), 4);
    assert.equal(currentLine(record, after[1], 40), 39, 'outside the cell: as given');
    assert.equal(mapRunLine([{ record, cell: after[1], fresh: true }], 2), 4);
    assert.equal(mapRunLine([{ record, cell: after[1], fresh: false }], 2), 1);
  });
});

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  cellMarker,
  isCellMarker,
  joinCells,
  markdownSource,
  splitCells,
} from '../../../src/lang/cells';

describe('cells (percent format)', () => {
  it('round-trips any text byte for byte', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '# %%',
        '#%%',
        '#  %% Title',
        '# %% [markdown]',
        '#\t%%x',
        ' # %%',
        '# %',
        '%%',
      ),
      fc.constantFrom('\n', '\r\n', '\r', '\n\n', ''),
      fc.string(),
      fc.constantFrom('x = 1', 'print(x)', '# comment', '   ', '\t'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.equal(joinCells(splitCells(text)), text);
      }),
      { numRuns: 2000 },
    );
  });

  it('splits on markers and reads titles and kinds', () => {
    const text =
      'import_me = 1\n# %% First cell\nx = 1\n\n#%% [markdown] Notes\n# Some *text*\n# %%\ny = 2';
    const cells = splitCells(text);
    assert.equal(cells.length, 4);
    assert.deepEqual(
      cells.map((c) => [c.kind, c.title, c.hasMarker, c.hasCode, c.firstLine, c.body]),
      [
        ['code', '', false, true, 1, 'import_me = 1\n'],
        ['code', 'First cell', true, true, 3, 'x = 1\n\n'],
        ['markdown', 'Notes', true, false, 6, '# Some *text*\n'],
        ['code', '', true, true, 8, 'y = 2'],
      ],
    );
    assert.deepEqual(
      cells.map((c) => [c.startLine, c.bodyStartLine, c.endLine]),
      [
        [0, 0, 1],
        [1, 2, 4],
        [4, 5, 6],
        [6, 7, 8],
      ],
    );
  });

  it('keeps \\r\\n and \\r line endings and counts lines across them', () => {
    const text = '# %% a\r\nx = 1\r\n# %% b\ry = 2\r';
    const cells = splitCells(text);
    assert.equal(cells.length, 2);
    assert.equal(cells[0].body, 'x = 1\r\n');
    assert.equal(cells[1].body, 'y = 2\r');
    assert.equal(cells[1].firstLine, 4);
    assert.equal(joinCells(cells), text);
  });

  it('treats a file without markers as one cell, and text before the first marker as its own', () => {
    assert.equal(splitCells('x = 1\nprint(x)\n').length, 1);
    assert.equal(splitCells('').length, 1);
    const cells = splitCells('\n# just a comment\n# %%\nx = 1\n');
    assert.equal(cells.length, 2);
    assert.equal(cells[0].hasCode, false, 'comments and blank lines are no code');
    assert.equal(cells[1].hasCode, true);
  });

  it('recognizes markers as the contract defines them', () => {
    assert.ok(isCellMarker('# %%'));
    assert.ok(isCellMarker('#%% title'));
    assert.ok(isCellMarker('#   %% [markdown]'));
    assert.ok(!isCellMarker(' # %%'));
    assert.ok(!isCellMarker('# %'));
    assert.ok(!isCellMarker('x = 1  # %%'));
  });

  it('writes markers and reads markdown back', () => {
    assert.equal(cellMarker('code', 'Train'), '# %% Train');
    assert.equal(cellMarker('markdown'), '# %% [markdown]');
    assert.equal(markdownSource('# # Title\n#\n# text\n'), '# Title\n\ntext');
  });

  it('splits a large file in linear time (wide margin: a shared machine is noisy)', () => {
    const text = Array.from(
      { length: 20_000 },
      (_, i) => `# %% cell ${i}\nx = ${i}\nprint(x)\n`,
    ).join('');
    const t0 = performance.now();
    const cells = splitCells(text);
    const ms = performance.now() - t0;
    assert.equal(cells.length, 20_000);
    // Linear takes ~50 ms here; a quadratic split would take minutes.
    assert.ok(ms < 3000, `took ${ms} ms`);
  });
});

import { strict as assert } from 'node:assert';
import { codeCells } from '../../../src/extension/cellModel';
import { RunRecords } from '../../../src/extension/runRecords';

const two = '# %% A\na = 1\n# %% B\nb = a * 2\n';

describe('RunRecords', () => {
  it('gives a cell one id for all its runs, and another cell another', () => {
    const book = new RunRecords();
    const cells = codeCells(two);
    const r1 = book.begin(cells[0], cells);
    const r2 = book.begin(cells[1], cells);
    const r3 = book.begin(cells[0], cells);
    assert.notEqual(r1.cellId, r2.cellId);
    assert.equal(r3.cellId, r1.cellId);
  });

  it('follows a cell when cells are added above it', () => {
    const book = new RunRecords();
    let cells = codeCells(two);
    const b = book.begin(cells[1], cells);
    book.finish(b.cellId, 'ok', 3);
    cells = codeCells('# %% new\nz = 0\n' + two);
    assert.equal(cells[2].title, 'B');
    const m = book.matchOf(cells[2], cells);
    assert.ok(m?.fresh);
    assert.equal(m.record.cellId, b.cellId);
    assert.equal(book.needsRun(cells[2], cells), false);
    assert.equal(book.begin(cells[2], cells).cellId, b.cellId);
  });

  it('knows when a cell changed since it ran, or did not finish', () => {
    const book = new RunRecords();
    let cells = codeCells(two);
    assert.equal(book.needsRun(cells[0], cells), true, 'never ran');
    const r = book.begin(cells[0], cells);
    book.finish(r.cellId, 'ok', 1);
    assert.equal(book.needsRun(cells[0], cells), false);
    cells = codeCells(two.replace('a = 1', 'a = 5'));
    assert.equal(book.needsRun(cells[0], cells), true, 'edited');
    const m = book.matchOf(cells[0], cells);
    assert.equal(m?.fresh, false);
    assert.equal(m?.record.cellId, r.cellId, 'an edited cell keeps its id');
    book.begin(cells[0], cells);
    book.finish(r.cellId, 'error', 1);
    assert.equal(book.needsRun(cells[0], cells), true, 'failed');
  });

  it('stores inline values relative to the cell and ignores other runs after clearing', () => {
    const book = new RunRecords();
    const cells = codeCells(two);
    const b = book.begin(cells[1], cells);
    book.setInline([{ cellId: b.cellId, values: [{ line: 4, text: '2' }] }]);
    assert.deepEqual(book.get(b.cellId)?.inline, [{ offset: 0, text: '2' }]);
    book.clearShown();
    book.setInline([{ cellId: b.cellId, values: [{ line: 4, text: '3' }] }]);
    assert.deepEqual(book.get(b.cellId)?.inline, []);
  });

  it('dims an edited cell, then takes its values away; an undo before that restores them', () => {
    const book = new RunRecords();
    const cells = codeCells(two);
    const r = book.begin(cells[0], cells);
    book.finish(r.cellId, 'ok', 1);
    book.setInline([{ cellId: r.cellId, values: [{ line: 2, text: '1' }] }]);
    const edited = codeCells(two.replace('a = 1', 'a = 10'));
    assert.equal(book.noteEdits(edited, 1000), true);
    assert.equal(book.get(r.cellId)?.editedAt, 1000);
    assert.equal(book.nextExpiry(1500), 2500);
    assert.equal(book.noteEdits(cells, 1200), true, 'undone');
    assert.equal(book.get(r.cellId)?.editedAt, null);
    book.noteEdits(edited, 2000);
    assert.equal(book.expire(3000, 1500), false);
    assert.equal(book.expire(3500, 1500), true);
    assert.equal(book.get(r.cellId)?.cleared, true);
    assert.deepEqual(book.get(r.cellId)?.inline, []);
    assert.equal(book.noteEdits(cells, 4000), false, 'cleared values stay cleared');
  });

  it('clears everything after a restart', () => {
    const book = new RunRecords();
    const cells = codeCells(two);
    book.begin(cells[0], cells);
    book.clear();
    assert.equal(book.all.length, 0);
  });
});

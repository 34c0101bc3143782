import { strict as assert } from 'node:assert';
import { codeCells } from '../../../src/extension/cellModel';
import { millisText, planMarks } from '../../../src/extension/decorationPlan';
import { RunRecords } from '../../../src/extension/runRecords';

const text = '# %% A\nx = Value(2.0)\ny = x * 3\n\n# %% B\nz = 1\nz + 1\n';

function ranBoth() {
  const book = new RunRecords();
  const cells = codeCells(text);
  const a = book.begin(cells[0], cells);
  const b = book.begin(cells[1], cells);
  book.finish(a.cellId, 'ok', 12);
  book.setResult(b.cellId, '2');
  book.finish(b.cellId, 'ok', 3);
  book.setInline([
    {
      cellId: a.cellId,
      values: [
        { line: 2, text: '2.0000 · ∇ 0.0000' },
        { line: 3, text: '6.0000 · ∇ 0.0000' },
      ],
    },
    { cellId: b.cellId, values: [{ line: 6, text: '1' }] },
  ]);
  return { book, cells, a, b };
}

describe('decorationPlan', () => {
  it('puts values after assignment lines and the result after the last line', () => {
    const { book, cells } = ranBoth();
    const marks = planMarks(book.matches(cells), { inlineValues: true });
    assert.deepEqual(
      marks.map((m) => [m.line, m.kind, m.text, m.dim]),
      [
        [1, 'value', '= 2.0000 · ∇ 0.0000', false],
        [2, 'value', '= 6.0000 · ∇ 0.0000', false],
        [2, 'state', '✓ 12 ms', false],
        [5, 'value', '= 1', false],
        [6, 'result', '⇒ 2', false],
      ],
    );
  });

  it('leaves values out when the setting is off, keeping results', () => {
    const { book, cells } = ranBoth();
    const marks = planMarks(book.matches(cells), { inlineValues: false });
    assert.deepEqual(
      marks.map((m) => m.kind),
      ['state', 'result'],
    );
  });

  it('dims the values of an edited cell and follows a moved one', () => {
    const { book } = ranBoth();
    const edited = codeCells('# %% new\nq = 0\n' + text.replace('y = x * 3', 'y = x * 4'));
    book.noteEdits(edited, 0);
    const marks = planMarks(book.matches(edited), { inlineValues: true });
    const a = marks.filter((m) => m.line >= 2 && m.line <= 4);
    assert.ok(a.length > 0 && a.every((m) => m.dim), 'cell A is dimmed');
    const b = marks.filter((m) => m.line >= 6);
    assert.deepEqual(
      b.map((m) => [m.line, m.text, m.dim]),
      [
        [7, '= 1', false],
        [8, '⇒ 2', false],
      ],
    );
  });

  it('shows errors, stops and queued runs, clipped to one line', () => {
    const book = new RunRecords();
    const cells = codeCells(text);
    const a = book.begin(cells[0], cells);
    book.setError(a.cellId, {
      kind: 'NameError',
      message: 'name q\nis not defined',
      line: 2,
      col: 1,
    });
    book.finish(a.cellId, 'error', 1);
    book.begin(cells[1], cells);
    const marks = planMarks(book.matches(cells), { inlineValues: true, maxChars: 40 });
    assert.deepEqual(
      marks.map((m) => [m.kind, m.text]),
      [
        ['error', '✗ NameError: name q …'],
        ['state', '⋯ queued'],
      ],
    );
  });

  it('shows the error of a backward that failed at a line after a good run', () => {
    const { book, cells, a } = ranBoth();
    book.setError(a.cellId, {
      kind: 'NameError',
      message: "name 'topo' is not defined",
      line: 2,
      col: 1,
    });
    const marks = planMarks(book.matches(cells), { inlineValues: false });
    assert.deepEqual(
      marks.filter((m) => m.line === 2).map((m) => [m.kind, m.text]),
      [['error', "✗ NameError: name 'topo' is not defined"]],
    );
    book.clearError(a.cellId);
    const after = planMarks(book.matches(cells), { inlineValues: false });
    assert.deepEqual(
      after.filter((m) => m.line === 2).map((m) => [m.kind, m.text]),
      [['state', '✓ 12 ms']],
    );
  });

  it('formats durations', () => {
    assert.equal(millisText(12.4), '12 ms');
    assert.equal(millisText(1530), '1.5 s');
    assert.equal(millisText(125_000), '2 min 5 s');
  });
});

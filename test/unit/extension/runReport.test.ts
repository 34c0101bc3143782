import { strict as assert } from 'node:assert';
import { endLine, errorLine, headerLine, warningLine } from '../../../src/extension/runReport';

describe('runReport', () => {
  it('heads a run with file, cell, title and time', () => {
    const at = new Date(2024, 0, 1, 9, 5, 7);
    assert.equal(
      headerLine({
        fileName: 'lecture.tgrad',
        cellNumber: 3,
        title: 'A neuron with tanh',
        kind: 'run',
        at,
      }),
      '── lecture.tgrad · cell 3 · A neuron with tanh · 09:05:07 ──',
    );
    assert.equal(
      headerLine({ fileName: 'x.tgrad', cellNumber: 1, title: '', kind: 'backward', at }),
      '── x.tgrad · cell 1 · backward · 09:05:07 ──',
    );
  });

  it('reports errors, warnings and the end of a run', () => {
    assert.equal(
      errorLine({ kind: 'NameError', message: "name 'q' is not defined", line: 4, col: 5 }),
      "✗ NameError: name 'q' is not defined (line 4, col 5)",
    );
    assert.equal(
      errorLine({ kind: 'NameError', message: 'x', line: 2, col: 16, file: 'pkg/engine.py' }),
      '✗ NameError: x (pkg/engine.py:2:16)',
    );
    assert.equal(warningLine('nan gradient', 0, 0), '⚠ nan gradient');
    assert.equal(endLine('ok', 12), '✓ done in 12 ms');
    assert.equal(endLine('stopped', 2500), '■ stopped after 2.5 s');
    assert.equal(endLine('error', 3), '✗ failed after 3 ms');
  });
});

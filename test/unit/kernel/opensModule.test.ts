import { strict as assert } from 'node:assert';
import { opensModule } from '../../../src/kernel/opensModule';

describe('opensModule: the cell holding a file’s first statement', () => {
  it('is the first cell, and one with only comments and blank lines above it', () => {
    assert.equal(opensModule([]), true);
    assert.equal(opensModule(['# a markdown cell\n#\n', '', '   # indented comment']), true);
  });

  it('is not a cell with a statement above it, a docstring included', () => {
    assert.equal(opensModule(['import math\n']), false);
    assert.equal(opensModule(['# comment\n"""doc"""\n']), false);
  });
});

import { strict as assert } from 'node:assert';
import { cellNameScopes, nameKey } from '../../../src/kernel/nameScopes';

const CELL = `out = 1
def add(a, b):
    out = a + b
    return out
class V:
    __slots__ = ('x',)
    def f(self, *args, k=1, **kw):
        global out
        out = 2
ys = [out for out in range(3)]
print(out, lambda out: out)
`;

describe('cellNameScopes: globals and locals of a cell, for hovers', () => {
  // The cell's code starts at file line 10 (below a marker and other cells).
  const scopes = cellNameScopes(CELL, 10)!;
  const at = (line: number, col: number) => scopes.get(nameKey(line + 9, col));

  it('knows a function’s assigned names and parameters as its locals', () => {
    assert.equal(at(1, 1), 'global');
    assert.equal(at(2, 9), 'local', 'parameter a');
    assert.equal(at(2, 12), 'local', 'parameter b');
    assert.equal(at(3, 5), 'local', 'out = a + b');
    assert.equal(at(3, 11), 'local', 'a read');
    assert.equal(at(4, 12), 'local', 'return out');
    for (const col of [11, 18, 24, 31]) assert.equal(at(7, col), 'local', `parameter at ${col}`);
  });

  it('follows `global`, class bodies and comprehensions as CPython scopes them', () => {
    assert.equal(at(6, 5), 'local', 'a class body name is no global');
    assert.equal(at(9, 9), 'global', 'declared global');
    assert.equal(at(10, 7), 'local', 'a comprehension’s own variable');
    assert.equal(at(10, 1), 'global');
    assert.equal(at(11, 7), 'global');
    assert.equal(at(11, 19), 'local', 'a lambda’s parameter');
    assert.equal(at(11, 24), 'local', 'read in the lambda');
  });

  it('scopes a tab-indented cell of a .py file as CPython reads its tabs', () => {
    const tabbed = 'def add(a, b):\n\tout = a + b\n\treturn out\n';
    assert.equal(cellNameScopes(tabbed, 1, 'python')?.get(nameKey(2, 2)), 'local');
    assert.equal(cellNameScopes(tabbed, 1), null, 'a .tgrad file refuses tabs');
  });

  it('gives nothing for a cell that does not parse', () => {
    assert.equal(cellNameScopes('def f(:\n', 1), null);
  });
});

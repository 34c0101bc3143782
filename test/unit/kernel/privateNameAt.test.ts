import { strict as assert } from 'node:assert';
import { boundNameAt, enclosingClassName } from '../../../src/kernel/privateNameAt';

// Each expectation is what CPython binds or looks up for the name written at that line.
const SOURCE = [
  '__total = Value(1.0)', // 0: module level, not mangled
  '_Counter__total = Value(2.0)', // 1
  '# %% Private state', // 2
  'class Counter:', // 3
  '    __limit = 3', // 4: class body
  '', // 5
  '    def total(self):', // 6
  '        # a comment at any indent', // 7
  '        def inner():', // 8
  '            return __total', // 9: nested function in a method: still Counter's
  '        return inner() + __total', // 10
  '    class __Inner:', // 11
  '        __x = 1', // 12: the innermost class wins
  'x = __total', // 13: back at module level
  'class __Private:', // 14: all underscores stripped from the prefix
  '    __y = 2', // 15
  'class ___:', // 16: a class of underscores only mangles nothing
  '    __z = 3', // 17
];
const line = (i: number) => SOURCE[i];

describe('privateNameAt', () => {
  it('finds the innermost class whose body holds a line, by indentation', () => {
    assert.equal(enclosingClassName(line, 0), null);
    assert.equal(enclosingClassName(line, 4), 'Counter');
    assert.equal(enclosingClassName(line, 9), 'Counter');
    assert.equal(enclosingClassName(line, 12), '__Inner');
    assert.equal(enclosingClassName(line, 13), null);
  });

  it('mangles a private name inside a class as CPython does, and nothing else', () => {
    assert.equal(boundNameAt(line, 0, '__total'), '__total');
    assert.equal(boundNameAt(line, 4, '__limit'), '_Counter__limit');
    assert.equal(boundNameAt(line, 9, '__total'), '_Counter__total');
    assert.equal(boundNameAt(line, 10, '__total'), '_Counter__total');
    assert.equal(boundNameAt(line, 10, 'inner'), 'inner');
    assert.equal(boundNameAt(line, 10, '__init__'), '__init__', 'dunder names are not private');
    assert.equal(boundNameAt(line, 12, '__x'), '_Inner__x');
    assert.equal(boundNameAt(line, 13, '__total'), '__total');
    assert.equal(boundNameAt(line, 15, '__y'), '_Private__y');
    assert.equal(boundNameAt(line, 17, '__z'), '__z');
  });
});

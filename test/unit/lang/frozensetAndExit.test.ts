// frozenset and SystemExit as a program meets them in the interpreter (CPython 3.11's output).

import * as assert from 'node:assert/strict';
import { errorOf, output, py, run } from './runProgram';

describe('frozenset', () => {
  it('is a hashable set: a dict key and a set member, equal to a set with its members', () => {
    assert.equal(
      output(py`
        a = frozenset([3, 3, 4])
        d = {a: "x", frozenset(): "empty"}
        print(a, frozenset(), d[frozenset([4, 3])], d[frozenset()], a == {3, 4}, {3, 4} == a)
        print(len({a, frozenset([4, 3]), frozenset([3, 4, 4])}), hash(a) == hash(frozenset([4, 3])))
        print({(a, 1): "t"}[(frozenset([4, 3]), 1)], {3, 4} in {a}, frozenset([a]))
      `),
      'frozenset({3, 4}) frozenset() x empty True True\n1 True\nt True frozenset({frozenset({3, 4})})\n',
    );
  });

  it('gives its own kind from operators and methods on the left, a set from a set’s', () => {
    assert.equal(
      output(py`
        a = frozenset([1, 2])
        s = {2, 3}
        for r in (a | s, s | a, a & s, a - s, s ^ a, a.union(s), s.union(a), a.intersection(s),
                  a.difference(s), a.symmetric_difference(s)):
            print(type(r).__name__, end=" ")
        print(a.copy() is a, frozenset(a) is a, a.isdisjoint([5]), a.issubset(s | a))
        b = a
        b |= {9}
        print(b is a, a, type(b).__name__)
      `),
      'frozenset set frozenset frozenset set frozenset set frozenset frozenset frozenset ' +
        'True True True True\nFalse frozenset({1, 2}) frozenset\n',
    );
  });

  it('cannot change: no add or remove, and a set is still unhashable', () => {
    assert.equal(
      errorOf('frozenset([1]).add(2)'),
      "AttributeError: 'frozenset' object has no attribute 'add' @1:1",
    );
    assert.equal(
      errorOf('x = frozenset()\nx.remove(1)'),
      "AttributeError: 'frozenset' object has no attribute 'remove' @2:1",
    );
    assert.equal(errorOf('{frozenset(): 1}[set()]'), "TypeError: unhashable type: 'set' @1:1");
    assert.equal(errorOf('frozenset(5)'), "TypeError: 'int' object is not iterable @1:1");
  });
});

describe('SystemExit', () => {
  it('ends the run with an exit and no error for code 0, running finally blocks first', () => {
    const r = run(
      py`
        import sys
        try:
            sys.exit(0)
        finally:
            print("finally")
        print("never")
      `,
    );
    assert.equal(r.out, 'finally\n');
    assert.equal(r.outcome.status, 'ok');
    assert.equal(r.outcome.error, null);
    assert.deepEqual(r.outcome.exit, { status: 0, message: null });
  });

  it('is the run’s error with the exit CPython gives for another code', () => {
    const cases: [string, { status: number; message: string | null }][] = [
      ['sys.exit(3)', { status: 3, message: null }],
      ['sys.exit("bad")', { status: 1, message: 'bad' }],
      ['exit(-1)', { status: 255, message: null }],
      ['raise SystemExit(2**70)', { status: 255, message: null }],
      ['quit([1])', { status: 1, message: '[1]' }],
    ];
    for (const [code, exit] of cases) {
      const r = run(`import sys\n${code}`);
      assert.equal(r.outcome.status, 'error', code);
      assert.equal(r.outcome.error?.kind, 'SystemExit', code);
      assert.deepEqual(r.outcome.exit, exit, code);
    }
    // Any other error is not an exit.
    assert.equal(run('1 / 0').outcome.exit, null);
  });

  it('is caught as a BaseException, not an Exception, with its code', () => {
    assert.equal(
      output(py`
        import sys
        try:
            try:
                sys.exit("m")
            except Exception:
                print("no")
        except SystemExit as e:
            print(repr(e), e.code, isinstance(e, BaseException))
        print(exit, type(quit).__name__)
      `),
      "SystemExit('m') m True\nUse exit() or Ctrl-D (i.e. EOF) to exit Quitter\n",
    );
  });
});

// gc as programs that time or tune their code call it: the enabled flag, thresholds and debug
// flags kept as set, collect() finding nothing (JavaScript's collector frees ToyGrad's cycles),
// and CPython's errors for wrong arguments. Expected outputs are what python3 (CPython 3.11)
// printed for the same text.

import * as assert from 'node:assert/strict';
import { errorOf, output, py } from './runProgram';

describe('standard modules: gc', () => {
  it('keeps the enabled flag that disable() and enable() set', () => {
    const out = output(py`
      import gc
      print(gc.isenabled())
      gc.disable()
      print(gc.isenabled())
      gc.disable()
      gc.enable()
      print(gc.isenabled(), gc.enable(), gc.disable())
    `);
    assert.equal(out, 'True\nFalse\nTrue None None\n');
  });

  it('collects at any generation, returning an int, and counts three generations', () => {
    const out = output(py`
      import gc
      a = []
      a.append(a)
      del a
      print(type(gc.collect()), gc.collect(0), gc.collect(generation=1) >= 0)
      c = gc.get_count()
      print(type(c).__name__, len(c), [type(x).__name__ for x in c])
    `);
    assert.equal(out, "<class 'int'> 0 True\ntuple 3 ['int', 'int', 'int']\n");
  });

  it('stores thresholds and debug flags', () => {
    const out = output(py`
      import gc
      print(gc.get_threshold())
      gc.set_threshold(500)
      print(gc.get_threshold())
      gc.set_threshold(-5, 0, True)
      print(gc.get_threshold(), gc.get_debug())
      gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_STATS)
      print(gc.get_debug(), gc.DEBUG_LEAK, gc.garbage, gc.callbacks, gc.get_freeze_count())
    `);
    assert.equal(out, '(700, 10, 10)\n(500, 10, 10)\n(-5, 0, 1) 0\n33 38 [] [] 0\n');
  });

  it("gives CPython's errors for wrong arguments", () => {
    const out = output(py`
      import gc
      def tr(f):
          try:
              f()
          except Exception as e:
              print(type(e).__name__, e)
      tr(lambda: gc.enable(1))
      tr(lambda: gc.isenabled(x=1))
      tr(lambda: gc.collect(3))
      tr(lambda: gc.collect('a'))
      tr(lambda: gc.collect(gen=1))
      tr(lambda: gc.collect(1, 2))
      tr(lambda: gc.collect(2**70))
      tr(lambda: gc.set_threshold())
      tr(lambda: gc.set_threshold(1, 2, 3, 4))
      tr(lambda: gc.set_threshold(5, threshold1=3))
      tr(lambda: gc.set_threshold(1.5))
      tr(lambda: gc.set_threshold(2**40))
      tr(lambda: gc.set_threshold(2**70))
      tr(lambda: gc.set_debug())
      print(gc.get_threshold())
    `);
    assert.equal(
      out,
      [
        'TypeError gc.enable() takes no arguments (1 given)',
        'TypeError gc.isenabled() takes no keyword arguments',
        'ValueError invalid generation',
        "TypeError 'str' object cannot be interpreted as an integer",
        "TypeError 'gen' is an invalid keyword argument for collect()",
        'TypeError collect() takes at most 1 argument (2 given)',
        'OverflowError Python int too large to convert to C int',
        'TypeError set_threshold() takes at least 1 argument (0 given)',
        'TypeError set_threshold() takes at most 3 arguments (4 given)',
        'TypeError set_threshold() takes no keyword arguments',
        "TypeError 'float' object cannot be interpreted as an integer",
        'OverflowError signed integer is greater than maximum',
        'OverflowError Python int too large to convert to C long',
        'TypeError gc.set_debug() takes exactly one argument (0 given)',
        '(700, 10, 10)',
        '',
      ].join('\n'),
    );
  });

  it('raises at the call', () => {
    assert.equal(
      errorOf('import gc\nx = 1\ngc.collect(5)\n'),
      'ValueError: invalid generation @3:1',
    );
  });
});

// timeit over functions: the statement run `number` times between two reads of the timer,
// setup once before, gc paused meanwhile, default_timer being time.perf_counter; a statement
// given as text is refused (ToyGrad has no exec). Timings are made deterministic by a timer of
// the program's own. Expected outputs are what python3 (CPython 3.11) printed for the same text.

import * as assert from 'node:assert/strict';
import { Interpreter } from '../../../src/lang/interpreter';
import { errorOf, output, py, RecordingHost } from './runProgram';

describe('standard modules: timeit', () => {
  it('runs the statement number times between two timer reads, setup once before', () => {
    const out = output(py`
      import timeit
      calls = []
      clock = [0]
      def stmt(): calls.append('s')
      def setup(): calls.append('u')
      def timer():
          clock[0] += 100
          calls.append('t')
          return clock[0]
      print(timeit.timeit(stmt, setup=setup, timer=timer, number=3), ''.join(c[0] for c in calls))
      calls.clear()
      print(timeit.repeat(stmt, timer=timer, repeat=2, number=1), len(calls))
      t = timeit.Timer(stmt, timer=timer)
      print(t.timeit(0), t.repeat(0), t.timer is timer, t.timeit(number=-1))
    `);
    assert.equal(out, '100 utssst\n[100, 100] 6\n100 [] True 100\n');
  });

  it('times with time.perf_counter by default, with gc paused and restored', () => {
    const out = output(py`
      import gc, time, timeit
      n = [0]
      def f():
          n[0] += 1
          if n[0] == 1:
              print('gc during:', gc.isenabled())
      r = timeit.timeit(f, number=5)
      print(type(r).__name__, r >= 0, n[0], gc.isenabled())
      rs = timeit.repeat(f, number=2)
      print(len(rs), [type(x).__name__ for x in rs], n[0])
      print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
      gc.disable()
      timeit.timeit(f, number=1)
      print(gc.isenabled())
      gc.enable()
      def bad():
          raise KeyError('x')
      try:
          timeit.timeit(bad, number=1)
      except KeyError as e:
          print('KeyError', e, gc.isenabled())
    `);
    assert.equal(
      out,
      "gc during: False\nfloat True 5 True\n5 ['float', 'float', 'float', 'float', 'float'] 15\n" +
        "True 1000000 5\nFalse\nKeyError 'x' True\n",
    );
  });

  it('autorange tries 1, 2, 5, 10… loops until one takes 0.2 s', () => {
    const out = output(py`
      import timeit
      clock = [0.0]
      def tick(): clock[0] += 0.03
      def cb(number, taken): print('cb', number, round(taken, 2))
      t = timeit.Timer(tick, timer=lambda: clock[0])
      number, taken = t.autorange(cb)
      print(number, round(taken, 2))
      print(t.autorange()[0])
    `);
    assert.equal(out, 'cb 1 0.03\ncb 2 0.06\ncb 5 0.15\ncb 10 0.3\n10 0.3\n10\n');
  });

  it('accepts pass as text, and refuses other text at the call', () => {
    const out = output(py`
      import timeit
      print(timeit.timeit(number=3) >= 0, timeit.timeit('pass', 'pass; pass', number=2) >= 0)
      print(timeit.Timer(lambda: 0, setup='\\n').timeit(1) >= 0)
    `);
    assert.equal(out, 'True True\nTrue\n');
    assert.match(
      errorOf("import timeit\nx = 1\ntimeit.timeit('x * 2', number=10)\n"),
      /^NotImplementedError: timeit cannot run a stmt given as text in ToyGrad .* pass a function instead, as timeit.timeit\(f, number=1000\) @3:1$/,
    );
    assert.match(
      errorOf("import timeit\ntimeit.Timer(setup='import os')\n"),
      /a setup given as text/,
    );
  });

  it("gives CPython's errors for what is neither text nor callable, and bad counts", () => {
    const out = output(py`
      import timeit
      def tr(f):
          try:
              f()
          except Exception as e:
              print(type(e).__name__, e)
      tr(lambda: timeit.Timer(5))
      tr(lambda: timeit.Timer(None))
      tr(lambda: timeit.Timer(lambda: 0, 5))
      tr(lambda: timeit.Timer(5, 5))
      tr(lambda: timeit.Timer(lambda: 0).timeit(1.5))
      tr(lambda: timeit.Timer(lambda: 0).repeat('a', 1))
      tr(lambda: timeit.timeit(lambda: 0, number=2, foo=1))
      tr(lambda: timeit.Timer(lambda: 0, foo=1))
      tr(lambda: timeit.timeit(lambda: 0, timer=None, number=1))
    `);
    assert.equal(
      out,
      [
        'ValueError stmt is neither a string nor callable',
        'ValueError stmt is neither a string nor callable',
        'ValueError setup is neither a string nor callable',
        'ValueError setup is neither a string nor callable',
        "TypeError 'float' object cannot be interpreted as an integer",
        "TypeError 'str' object cannot be interpreted as an integer",
        "TypeError timeit() got an unexpected keyword argument 'foo'",
        "TypeError Timer.__init__() got an unexpected keyword argument 'foo'",
        "TypeError 'NoneType' object is not callable",
        '',
      ].join('\n'),
    );
  });

  it('stops a long timing when the run is stopped, even of a built-in', () => {
    const host = new RecordingHost();
    host.stopAfterPolls = 5;
    const outcome = new Interpreter(host).runCell(
      'import timeit\ntimeit.timeit(int, number=10**12)\n',
    );
    assert.equal(outcome.status, 'stopped');
  });
});

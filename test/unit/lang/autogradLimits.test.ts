// The engine as a program meets it: the node cap counts the graph nodes a run holds, a long
// backward pass obeys Stop and keeps the session, and Values have the math errors of numbers.
import * as assert from 'node:assert/strict';
import { Interpreter } from '../../../src/lang/interpreter';
import { errorOf, py, RecordingHost, run } from './runProgram';

describe('the node cap counts the graph nodes a run holds', () => {
  it('is not reset by a backward pass that does not reach the growing graph', () => {
    const code = py`
      total = Value(0.0)
      w = Value(0.5)
      for i in range(10_000):
          total = total + w * w
          if i % 100 == 0:
              Value(0.0).backward()
    `;
    assert.match(
      errorOf(code, 1, { maxNodes: 1000 }),
      /^LimitError: this program holds more than 1,000 graph nodes .* @4:\d+$/,
    );
  });

  it('lets go of graphs no pass reached and nothing built on (a check computed each step)', () => {
    const r = run(
      py`
        w = Value(0.5)
        for step in range(1000):
            check = (w * 2 - 1) ** 2
            loss = (w * 3 - 1) ** 2
            w.grad = 0.0
            loss.backward()
            w.data -= 0.01 * w.grad
        print(f"{w.data:.6f} {check.data:.6f}")
      `,
      1,
      { maxNodes: 100 },
    );
    assert.equal(r.outcome.error, null);
    assert.equal(r.out, '0.333333 0.111111\n');
  });
});

describe('Stop during a long backward pass', () => {
  it('ends the run at the backward call, leaves every grad as it was and keeps the names', function () {
    this.timeout(60_000);
    const host = new RecordingHost();
    const interpreter = new Interpreter(host);
    const setup = interpreter.runCell(
      py`
        x = Value(1.0)
        v = x
        for i in range(300_000):
            v = v * 1.0000001
      `,
      1,
    );
    assert.equal(setup.error, null);
    // Stop is requested at the first poll inside backward (the loop above is done).
    host.stopAfterPolls = host.rec.polls;
    const stopped = interpreter.runCell('v.backward()\n', 10);
    assert.equal(stopped.status, 'stopped');
    host.stopAfterPolls = null;
    const after = interpreter.runCell(
      'print(x.grad, v.grad)\nv.backward()\nprint(x.grad > 1.03)\n',
      20,
    );
    assert.equal(after.error, null);
    assert.equal(host.rec.out, '0.0 0.0\nTrue\n');
  });
});

describe('one policy for numbers and Values (Python’s math errors)', () => {
  it('exp overflow is an OverflowError with a Value as with a number, as math.exp says', () => {
    assert.equal(errorOf('exp(1000.0)'), 'OverflowError: math range error @1:1');
    assert.equal(errorOf('import math\nmath.exp(1000)'), 'OverflowError: math range error @2:1');
    assert.equal(errorOf('exp(Value(1000.0))'), 'OverflowError: math range error @1:1');
    assert.equal(errorOf('x = Value(800.0)\ny = x.exp()'), 'OverflowError: math range error @2:5');
    assert.equal(
      errorOf('import math\nz = math.sinh(1000)'),
      'OverflowError: math range error @2:5',
    );
    // A program catches it as Python's OverflowError and as an ArithmeticError.
    assert.equal(
      run(
        'try:\n    exp(Value(1000.0))\nexcept ArithmeticError as e:\n    print(type(e).__name__, e)',
      ).out,
      'OverflowError math range error\n',
    );
    // As in Python: exp(inf) is inf, exp(nan) is nan; no error.
    assert.equal(run('print(exp(Value(float("inf"))).data, exp(float("inf")))').out, 'inf inf\n');
  });

  it('other float overflows are OverflowErrors, as in CPython', () => {
    assert.equal(
      errorOf('float(10 ** 400)'),
      'OverflowError: int too large to convert to float @1:1',
    );
    assert.equal(
      errorOf('int(float("inf"))'),
      'OverflowError: cannot convert float infinity to integer @1:1',
    );
    assert.equal(
      errorOf('round(1.7e308, -308)'),
      'OverflowError: rounded value too large to represent @1:1',
    );
    assert.equal(
      errorOf('"%d" % float("inf")'),
      'OverflowError: cannot convert float infinity to integer @1:1',
    );
  });

  it('sin and cos of an infinity are math domain errors, NaN passes through', () => {
    assert.equal(errorOf('cos(float("inf"))'), 'ValueError: math domain error @1:1');
    assert.equal(
      errorOf('cos(Value(float("inf")))'),
      'ValueError: cos() needs a finite number, got inf (math domain error) @1:1',
    );
    assert.equal(
      errorOf('sin(Value(float("-inf")))'),
      'ValueError: sin() needs a finite number, got -inf (math domain error) @1:1',
    );
    assert.equal(run('print(cos(Value(float("nan"))).data)').out, 'nan\n');
  });

  it('a power too large for a float is an OverflowError with a Value as with numbers', () => {
    const pair = "(34, 'Numerical result out of range')";
    assert.equal(errorOf('2.0 ** 10000'), `OverflowError: ${pair} @1:1`);
    assert.equal(errorOf('x = 1\ny = 10.0 ** 400'), `OverflowError: ${pair} @2:5`);
    assert.equal(errorOf('Value(2.0) ** 10000'), `OverflowError: ${pair} @1:1`);
    assert.equal(errorOf('2.0 ** Value(10000.0)'), `OverflowError: ${pair} @1:1`);
    // Overflow in * and + gives inf, as in Python.
    assert.equal(run('print((Value(1e200) * 1e200).data)').out, 'inf\n');
  });

  it('train warns of an infinite gradient as a manual backward does', () => {
    const code = py`
      w = Value(0.0, label="w")
      def model(x):
          return sqrt(w) * x[0]
      losses = train(model, [[1.0]], [0.0], loss="mse", optimizer=SGD([w], lr=0.0), steps=3)
      print(losses)
    `;
    const r = run(code);
    assert.equal(r.outcome.error, null);
    // sgd: 0 - 0.0 * inf is nan, as in Python
    assert.equal(r.out, '[0.0, nan, nan]\n');
    // The first step's gradient of w is 0 * inf (sqrt at 0): what w.backward() would report.
    assert.ok(r.warnings.length >= 1);
    assert.match(r.warnings[0].message, /^backward\(\): the gradient of 'w' is nan/);
    assert.equal(r.warnings[0].line, 1);
  });
});

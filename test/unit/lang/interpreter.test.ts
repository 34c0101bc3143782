import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '../../../src/engine';
import { Interpreter } from '../../../src/lang/interpreter';
import { output, py, RecordingHost } from './runProgram';

describe('Interpreter sessions', () => {
  it('runs cells against the names earlier cells left, in the order they were run', () => {
    const host = new RecordingHost();
    const it = new Interpreter(host);
    assert.equal(it.runCell('x = 1\ndef f(v):\n    return v * 10', 1).status, 'ok');
    assert.equal(it.runCell('y = f(x) + 1', 5).status, 'ok');
    assert.equal(it.runCell('print(x, y)', 8).status, 'ok');
    assert.equal(host.rec.out, '1 11\n');
    assert.deepEqual([...it.names().keys()], ['x', 'f', 'y']);
  });

  it('lets a name shadow a built-in and a later del bring the built-in back', () => {
    assert.equal(output('sum = 5\nprint(sum)\ndel sum\nprint(sum([1, 2]))'), '5\n3\n');
  });

  it('runs the same cell again from its cached compilation with fresh state', () => {
    const host = new RecordingHost();
    const it = new Interpreter(host);
    it.runCell('n = 0', 1);
    for (let i = 0; i < 3; i++) it.runCell('n = n + 1', 2);
    it.runCell('print(n)', 3);
    assert.equal(host.rec.out, '3\n');
  });

  it('never lets an exception escape: a failing host call ends the run with an error', () => {
    const host = new RecordingHost();
    host.print = () => {
      throw new Error('host went away');
    };
    const outcome = new Interpreter(host).runCell('x = 1\nprint(x)', 7);
    assert.equal(outcome.status, 'error');
    assert.equal(outcome.error?.line, 8);
    assert.match(outcome.error!.message, /host went away/);
  });

  it('reset() forgets every name and reseeds the generator', () => {
    const host = new RecordingHost();
    const it = new Interpreter(host);
    it.runCell('a = random()', 1);
    const first = it.names().get('a');
    it.reset();
    assert.equal(it.names().size, 0);
    it.runCell('a = random()', 1);
    assert.equal(it.names().get('a'), first);
  });

  it('is deterministic: a program run twice in fresh interpreters prints the same bytes', () => {
    const code = py`
      xs, ys = moons(30, noise=0.2)
      model = MLP(2, [8, 1])
      losses = train(model, xs, ys, loss="hinge", steps=5, lr=0.1, batch=10)
      shuffle(xs)
      print(losses, gauss(0, 1), choice(xs), [p.data for p in model.parameters()][:3])
    `;
    const a = output(code);
    assert.equal(output(code), a);
    assert.ok(a.length > 100);
  });

  it('reaches 100% accuracy on the micrograd demo (seed 0), with the step-0 and last losses of a fixed run', function () {
    this.timeout(300_000);
    const dir = join(__dirname, '../../../../test/fixtures/demo');
    const host = new RecordingHost();
    const it = new Interpreter(host);
    const outcome = it.runCell(readFileSync(join(dir, 'micrograd_demo.tgrad'), 'utf8'), 1);
    assert.equal(outcome.error, null);
    assert.equal(host.rec.out, readFileSync(join(dir, 'micrograd_demo.out'), 'utf8'));
    assert.match(host.rec.out, /step 99 loss [0-9.]+, accuracy 100\.0%/);
    assert.ok(it.names().get('total') instanceof Value);
  });
});

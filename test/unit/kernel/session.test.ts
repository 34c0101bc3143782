import { strict as assert } from 'node:assert';
import type { KernelEvent, NameInfo, ValueInfo } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

function session() {
  const events: KernelEvent[] = [];
  const s = new Session({
    emit: (e) => events.push(e),
    maxGraphNodes: 1_000_000,
    maxRunMillis: 60_000,
  });
  let runId = 0;
  // What a host knows after each run: the session sends only the names that changed.
  const known: Record<string, NameInfo> = {};
  const asHostSees = (list: KernelEvent[]): KernelEvent[] =>
    list.map((e) => {
      if (e.type !== 'done') return e;
      Object.assign(known, e.names);
      for (const name of e.removedNames) delete known[name];
      return { ...e, names: { ...known } };
    });
  const run = (code: string, cellId = 'c', firstLine = 1) => {
    events.length = 0;
    s.handle({ type: 'run', runId: ++runId, cellId, code, firstLine });
    return asHostSees(events);
  };
  const backward = (cellId: string) => {
    events.length = 0;
    s.handle({ type: 'backward', runId: ++runId, cellId });
    return asHostSees(events);
  };
  return { s, run, backward, events };
}

const done = (events: KernelEvent[]) =>
  events.find((e) => e.type === 'done') as Extract<KernelEvent, { type: 'done' }>;
const stdout = (events: KernelEvent[]) =>
  events
    .filter((e): e is Extract<KernelEvent, { type: 'stdout' }> => e.type === 'stdout')
    .map((e) => e.text)
    .join('');

const NEURON = `x1 = Value(2.0)
x2 = Value(0.0)
w1 = Value(-3.0)
w2 = Value(1.0)
b = Value(6.8813735870195432)
n = x1*w1 + x2*w2 + b
o = n.tanh()
`;

describe('Session', () => {
  it("an 'end' request closes the generators the globals alone hold, in a run of its own", () => {
    const { s, run, events } = session();
    run('def gen():\n    try:\n        yield 1\n    finally:\n        print("closed")\n');
    assert.equal(stdout(run('g = gen()\nnext(g)\nprint("ran")')), 'ran\n');
    events.length = 0;
    s.handle({ type: 'end', runId: 99, cellId: 'end' });
    assert.equal(stdout(events), 'closed\n');
    assert.equal(done(events).status, 'ok');
  });

  it('ends a cell at an uncaught sys.exit and keeps the session: status 0 is ok, else a short SystemExit error', () => {
    const { run } = session();
    const quiet = run('import sys\nkept = 1\nprint("a")\nsys.exit(0)\nprint("b")', 'c1');
    assert.equal(stdout(quiet), 'a\n');
    assert.equal(
      quiet.find((e) => e.type === 'error'),
      undefined,
      'exit 0 is not an error',
    );
    assert.equal(done(quiet).status, 'ok');
    assert.deepEqual(done(quiet).exit, { status: 0, message: null });

    const failed = run(
      'def f():\n    try:\n        sys.exit("no data")\n    finally:\n        print("finally")\nf()',
      'c2',
    );
    assert.equal(stdout(failed), 'finally\n');
    const error = failed.find((e) => e.type === 'error');
    assert.deepEqual(error?.type === 'error' ? error.error : null, {
      kind: 'SystemExit',
      message: 'no data',
      line: 3,
      col: 9,
      endLine: 3,
      endCol: 28,
    });
    assert.equal(done(failed).status, 'error');
    assert.deepEqual(done(failed).exit, { status: 1, message: 'no data' });

    // The session lives on: the names of the cells before are still there.
    const after = run('print(kept + 1)', 'c3');
    assert.equal(stdout(after), '2\n');
    assert.equal(done(after).status, 'ok');
    assert.equal(done(after).exit, undefined);
  });

  it('runs cells against the names earlier runs left, streaming output and the result', () => {
    const { run } = session();
    run('a = 2\nb = [1, 2, 3]', 'c1');
    const events = run('print(a * 10)\nlen(b)', 'c2');
    assert.equal(stdout(events), '20\n');
    const result = events.find((e) => e.type === 'result');
    assert.deepEqual(result, { type: 'result', runId: 2, text: '3' });
    assert.equal(done(events).status, 'ok');
    assert.deepEqual(Object.keys(done(events).names).sort(), ['a', 'b']);
  });

  it('gives a saved notebook __file__ and __doc__, which are not among the names it shows', () => {
    const events: KernelEvent[] = [];
    const s = new Session({
      emit: (e) => events.push(e),
      maxGraphNodes: 1000,
      maxRunMillis: 60_000,
    });
    const folder = process.cwd();
    s.handle({
      type: 'run',
      runId: 1,
      cellId: 'c1',
      code: 'import os\nprint(os.path.basename(__file__), os.path.isabs(__file__), __doc__)\nz = 1',
      firstLine: 1,
      files: { folder, roots: [folder], file: `${folder}/lesson.tgrad`, overlays: [] },
    });
    assert.equal(stdout(events), 'lesson.tgrad True None\n');
    assert.deepEqual(Object.keys(done(events).names).sort(), ['os', 'z']);
  });

  it('reports an error with its kind and file position, keeping names bound before it', () => {
    const { run } = session();
    const events = run('x = 1\ny = x + undefined_name\n', 'c', 10);
    const error = events.find((e) => e.type === 'error') as Extract<KernelEvent, { type: 'error' }>;
    assert.equal(error.error.kind, 'NameError');
    assert.equal(error.error.line, 11);
    assert.equal(error.error.col, 9);
    assert.equal(done(events).status, 'error');
    assert.ok('x' in done(events).names);
  });

  it('Run Backward zeroes the output graph and backpropagates from the cell’s output', () => {
    const { run, backward } = session();
    run(NEURON, 'neuron');
    const events = backward('neuron');
    const names = done(events).names;
    const grad = (n: string) => (names[n] as ValueInfo).grad;
    assert.ok(Math.abs(grad('x1') - -1.5) < 1e-6);
    assert.ok(Math.abs(grad('w1') - 1.0) < 1e-6);
    assert.ok(Math.abs(grad('x2') - 0.5) < 1e-6);
    assert.equal(grad('w2'), 0);
    // Clicking again gives the same grads, not twice them.
    const again = done(backward('neuron')).names;
    assert.ok(Math.abs((again.x1 as ValueInfo).grad - -1.5) < 1e-6);
  });

  it('Run Backward starts from the Value of the cell’s last backward() call', () => {
    const { run, backward } = session();
    run('a = Value(3.0)\nb = a * a\nb.backward()\nc = a + 1', 'cell');
    const names = done(backward('cell')).names;
    assert.equal((names.a as ValueInfo).grad, 6);
  });

  it('explains a Run Backward on a cell without an output Value', () => {
    const { run, backward } = session();
    run('k = 3', 'plain');
    const events = backward('plain');
    const error = events.find((e) => e.type === 'error') as Extract<KernelEvent, { type: 'error' }>;
    assert.match(error.error.message, /needs a Value to start from/);
  });

  it('gives inline values for each assignment line, refreshed after a backward', () => {
    const { run, backward } = session();
    const first = done(run(NEURON, 'neuron', 5)).inline;
    const cell = first.find((c) => c.cellId === 'neuron')!;
    assert.deepEqual(
      cell.values.find((v) => v.line === 11),
      { line: 11, text: '0.7071 · ∇ 0.0000' },
    );
    const after = done(backward('neuron')).inline.find((c) => c.cellId === 'neuron')!;
    assert.deepEqual(
      after.values.find((v) => v.line === 11),
      { line: 11, text: '0.7071 · ∇ 1.0000' },
    );
    assert.deepEqual(
      after.values.find((v) => v.line === 5),
      { line: 5, text: '2.0000 · ∇ -1.5000' },
    );
  });

  it("shows the Value a line binds, not the label stored after it (`o = n.tanh(); o.label = 'o'`)", () => {
    const { run } = session();
    const code = [
      "a = Value(2.0); a.label = 'a'",
      "o = a.tanh(); o.label = 'o'; o.grad = 1.0",
      "o.label = 'out'",
      'xs = [0, 0]; xs[0] = 5',
      "a.label = 'x'; b = a * 2",
    ].join('\n');
    const cell = done(run(code, 'labels')).inline.find((c) => c.cellId === 'labels')!;
    assert.deepEqual(cell.values, [
      { line: 1, text: '2.0000 · ∇ 0.0000' },
      { line: 2, text: '0.9640 · ∇ 1.0000' },
      { line: 3, text: "'out'" },
      { line: 4, text: '[5, 0]' },
      { line: 5, text: '4.0000 · ∇ 0.0000' },
    ]);
  });

  it('describes names for hovers: Values with their op, inputs and origin; lists; modules', () => {
    const { run } = session();
    const names = done(
      run('a = Value(2.0)\nb = a * 3\nxs = [a, b]\nm = MLP(2, [16, 16, 1])\n', 'c', 4),
    ).names;
    assert.deepEqual(names.b, {
      kind: 'value',
      id: (names.b as ValueInfo).id,
      data: 6,
      grad: 0,
      op: '*',
      label: 'b',
      inputs: ['a', '3'],
      line: 5,
      col: 5,
    });
    assert.equal(names.xs.kind, 'list');
    assert.equal((names.xs as { values: number }).values, 2);
    assert.deepEqual(names.m.kind === 'module' && [names.m.shape, names.m.params], [
      'MLP 2 → 16 → 16 → 1',
      337,
    ]);
  });

  it('draws the graph of a Value and of a cell’s output', () => {
    const { s, run, events } = session();
    const drawEvents = run('a = Value(2.0)\nb = Value(-3.0)\nc = a * b\ndraw(c)', 'cell');
    const draw = drawEvents.find((e) => e.type === 'draw') as Extract<
      KernelEvent,
      { type: 'draw' }
    >;
    assert.deepEqual(draw.graph.values.map((v) => v.label).sort(), ['a', 'b', 'c']);
    events.length = 0;
    s.handle({ type: 'graph', requestId: 7, target: { cellId: 'cell' }, maxValues: 100 });
    const graph = events.find((e) => e.type === 'graph') as Extract<KernelEvent, { type: 'graph' }>;
    assert.equal(graph.requestId, 7);
    assert.equal(graph.graph!.values.find((v) => v.id === graph.graph!.rootId)!.label, 'c');
    s.handle({ type: 'graph', requestId: 8, target: { name: 'nope' }, maxValues: 100 });
    const missing = events.find((e) => e.type === 'graph' && e.requestId === 8) as Extract<
      KernelEvent,
      { type: 'graph' }
    >;
    assert.equal(missing.graph, null);
    assert.match(missing.message!, /not defined/);
  });

  it('marks grads that add up several backward passes, in inline values and names', () => {
    const { run, backward } = session();
    const inlineOf = (events: KernelEvent[], cellId: string, line: number) =>
      done(events)
        .inline.find((c) => c.cellId === cellId)
        ?.values.find((v) => v.line === line)?.text;
    run('a = Value(2.0)\nb = Value(-3.0)\nL = a * b + a', 'A', 1);
    let events = backward('A');
    assert.equal(inlineOf(events, 'A', 1), '2.0000 · ∇ -2.0000');
    assert.equal((done(events).names.a as ValueInfo).passes, undefined);
    // A later cell backpropagates again: micrograd adds, and the editor says so.
    events = run('L.backward()', 'B', 5);
    assert.equal(inlineOf(events, 'A', 1), '2.0000 · ∇ -4.0000 (2 passes)');
    assert.equal((done(events).names.a as ValueInfo).passes, 2);
    events = run('L.backward()\nL.backward()', 'C', 7);
    assert.equal(inlineOf(events, 'A', 1), '2.0000 · ∇ -8.0000 (4 passes)');
    // zero_grad first: one pass again.
    events = run('zero_grad([a, b, L])\nL.backward()', 'D', 9);
    assert.equal(inlineOf(events, 'A', 1), '2.0000 · ∇ -2.0000');
    assert.equal((done(events).names.a as ValueInfo).passes, undefined);
    // Run Backward zeroes the graph first: one pass, however often it is clicked.
    backward('A');
    events = backward('A');
    assert.equal(inlineOf(events, 'A', 1), '2.0000 · ∇ -2.0000');
    // Within one cell, and a Value made there.
    events = run('c = Value(1.0)\nd = c * 3\nd.backward()\nd.backward()\nd.backward()', 'E', 11);
    assert.equal(inlineOf(events, 'E', 11), '1.0000 · ∇ 9.0000 (3 passes)');
  });

  it("says what a cell's result is when it has no Value to draw", () => {
    const { s, run, events } = session();
    const graphMessage = (cellId: string) => {
      events.length = 0;
      s.handle({ type: 'graph', requestId: 9, target: { cellId }, maxValues: 100 });
      const e = events.find((x) => x.type === 'graph') as Extract<KernelEvent, { type: 'graph' }>;
      assert.equal(e.graph, null);
      return e.message;
    };
    run(
      'seed(0)\nxs = [[1.0, 2.0], [2.0, 1.0], [0.0, 1.0]]\nys = [1.0, -1.0, 1.0]\n' +
        'model = MLP(2, [3, 1])\nlosses = train(model, xs, ys, steps=300)',
      'train',
    );
    assert.equal(
      graphMessage('train'),
      "This cell's result is a list of 300 numbers, not a Value: call draw(v) on a Value, " +
        'or use Graph on a cell that ends with one.',
    );
    run('model', 'shown');
    assert.match(graphMessage('shown')!, /^This cell's result is an MLP 2 → 3 → 1, not a Value/);
    run('print(1)', 'printing');
    assert.match(graphMessage('printing')!, /^This cell makes no Value and calls no backward\(\)/);
    assert.match(graphMessage('never')!, /^This cell has not run in this session yet/);
  });

  it('streams train() losses as a few batched log events, with progress', () => {
    const { run } = session();
    const events = run(
      'xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]\n' +
        'ys = [1.0, -1.0, -1.0, 1.0]\nmodel = MLP(3, [4, 4, 1])\nlosses = train(model, xs, ys, steps=2000, lr=0.05)\nprint(len(losses))',
    );
    const logs = events.filter((e): e is Extract<KernelEvent, { type: 'log' }> => e.type === 'log');
    const points = logs.flatMap((e) => e.batches.flatMap((b) => b.points));
    assert.equal(points.length, 2000);
    assert.deepEqual(
      points.slice(0, 3).map((p) => p.step),
      [0, 1, 2],
    );
    assert.ok(logs.length < 200, `${logs.length} log events for 2000 points`);
    assert.ok(events.some((e) => e.type === 'progress'));
    assert.equal(stdout(events), '2000\n');
  });

  it('restart clears every name', () => {
    const { s, run } = session();
    run('a = 1');
    s.handle({ type: 'restart' });
    const events = run('print(a)');
    assert.equal(
      (events.find((e) => e.type === 'error') as Extract<KernelEvent, { type: 'error' }>).error
        .kind,
      'NameError',
    );
  });
});

describe('Session under limits', () => {
  it('reports a node LimitError and still describes the names made with number operands', () => {
    const events: KernelEvent[] = [];
    const s = new Session({
      emit: (e) => events.push(e),
      maxGraphNodes: 1000,
      maxRunMillis: 60_000,
    });
    s.handle({
      type: 'run',
      runId: 1,
      cellId: 'c',
      code: 'x = Value(0.0)\nfor i in range(100000):\n    x = x + 1\n',
      firstLine: 1,
    });
    const error = events.find((e) => e.type === 'error') as Extract<KernelEvent, { type: 'error' }>;
    assert.equal(error.error.kind, 'LimitError');
    assert.equal(error.error.line, 3);
    const finished = done(events);
    assert.equal(finished.status, 'error');
    assert.equal((finished.names.x as ValueInfo).inputs.length, 2);
  });
});

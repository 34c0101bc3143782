// The debug adapter as VS Code drives it: DAP requests in, responses and events out, with a
// real session worker (dist/worker.js) running and pausing the program.

import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { TgradDebugAdapter, type DebugTarget } from '../../../src/kernel/debug/debugAdapter';
import type { DapEvent, DapMessage, DapResponse } from '../../../src/kernel/debug/dap';
import { KernelClient } from '../../../src/kernel/kernelClient';
import type { FileContext, KernelEvent, RunStatus } from '../../../src/kernel/protocol';
import { project } from '../modules/project';

const workerPath = join(__dirname, '../../../../dist/worker.js');
const FILE = '/tmp/toygrad-debug/neuron.tgrad';

const NEURON = [
  'x1 = Value(2.0, label="x1")', // 1
  'w1 = Value(-3.0, label="w1")', // 2
  'def mul(a, b):', // 3
  '    out = a * b', // 4
  '    return out', // 5
  'x1w1 = mul(x1, w1)', // 6
  'n = x1w1 + 1', // 7
  'o = n.tanh()', // 8
  'o.backward()', // 9
].join('\n');

function runAndWait(
  client: KernelClient,
  code: string,
  debug?: boolean,
  stopOnEntry = false,
  files?: FileContext,
): Promise<RunStatus> {
  return new Promise((resolve) => {
    const runId = client.run(
      'c1',
      code,
      1,
      files,
      debug ? { fresh: true, stopOnEntry } : undefined,
    );
    const off = client.onEvent((e: KernelEvent) => {
      if (e.type === 'done' && e.runId === runId) {
        off();
        resolve(e.status);
      }
    });
  });
}

/** Sends DAP requests and waits for their responses and for events. */
class DapClient {
  private seq = 1;
  private readonly messages: DapMessage[] = [];
  private wakers: (() => void)[] = [];
  constructor(private readonly adapter: TgradDebugAdapter) {
    adapter.onDidSendMessage((m) => {
      this.messages.push(m);
      for (const w of this.wakers.splice(0)) w();
    });
  }
  async request(command: string, args?: Record<string, unknown>): Promise<DapResponse> {
    const seq = this.seq++;
    this.adapter.handleMessage({ seq, type: 'request', command, arguments: args });
    const r = await this.waitFor(
      (m): m is DapResponse => m.type === 'response' && m.request_seq === seq,
    );
    assert.ok(r.success, `${command}: ${r.message}`);
    return r;
  }
  /** The next event of this name not yet taken. */
  event(name: string): Promise<DapEvent> {
    return this.waitFor((m): m is DapEvent => m.type === 'event' && m.event === name);
  }
  private async waitFor<T extends DapMessage>(test: (m: DapMessage) => m is T): Promise<T> {
    for (;;) {
      const i = this.messages.findIndex(test);
      if (i >= 0) return this.messages.splice(i, 1)[0] as T;
      await new Promise<void>((resolve) => this.wakers.push(resolve));
    }
  }
}

function body<T>(r: DapResponse): T {
  return r.body as T;
}

interface Frame {
  id: number;
  name: string;
  line: number;
  source: { path: string };
}
interface Variable {
  name: string;
  value: string;
  variablesReference: number;
}

describe('debug adapter (DAP, real worker)', function () {
  this.timeout(30_000);
  let client: KernelClient;

  beforeEach(() => {
    client = new KernelClient({ workerPath, maxGraphNodes: 1e7, maxRunMillis: 600_000 });
  });
  afterEach(async () => {
    await client.dispose();
  });

  function target(code: string): DebugTarget {
    return {
      file: FILE,
      folder: '/tmp/toygrad-debug',
      channel: () => client.debugChannel(),
      run: (stopOnEntry) => runAndWait(client, code, true, stopOnEntry),
      stop: () => client.stop(),
    };
  }

  async function start(
    dap: DapClient,
    breakpoints: number[],
    filters: string[] = [],
  ): Promise<void> {
    const init = await dap.request('initialize', {
      adapterID: 'tgrad',
      supportsInvalidatedEvent: true,
    });
    assert.equal(body<{ supportsLogPoints: boolean }>(init).supportsLogPoints, true);
    await dap.event('initialized');
    const set = await dap.request('setBreakpoints', {
      source: { path: FILE },
      breakpoints: breakpoints.map((line) => ({ line })),
    });
    assert.deepEqual(
      body<{ breakpoints: { verified: boolean; line: number }[] }>(set).breakpoints.map(
        (b) => b.line,
      ),
      breakpoints,
    );
    await dap.request('setExceptionBreakpoints', { filters });
    await dap.request('launch', { program: FILE });
    await dap.request('configurationDone');
  }

  async function frames(dap: DapClient): Promise<Frame[]> {
    return body<{ stackFrames: Frame[] }>(await dap.request('stackTrace', { threadId: 1 }))
      .stackFrames;
  }

  it('stops at a breakpoint, shows the stack and a Value, steps within 100 ms, and keeps the names', async () => {
    const adapter = new TgradDebugAdapter(target(NEURON));
    const dap = new DapClient(adapter);
    await start(dap, [4]);
    const stop = await dap.event('stopped');
    assert.equal((stop.body as { reason: string }).reason, 'breakpoint');
    const stack = await frames(dap);
    assert.deepEqual(
      stack.map((f) => `${f.name}:${f.line}`),
      ['mul:4', '<cell>:6'],
    );
    assert.equal(stack[0].source.path, FILE);
    const scopes = body<{ scopes: { name: string; variablesReference: number }[] }>(
      await dap.request('scopes', { frameId: stack[0].id }),
    ).scopes;
    assert.deepEqual(
      scopes.map((s) => s.name),
      ['Locals', 'Globals'],
    );
    const locals = body<{ variables: Variable[] }>(
      await dap.request('variables', { variablesReference: scopes[0].variablesReference }),
    ).variables;
    const a = locals.find((v) => v.name === 'a')!;
    const fields = body<{ variables: Variable[] }>(
      await dap.request('variables', { variablesReference: a.variablesReference }),
    ).variables;
    assert.deepEqual(
      fields.slice(0, 4).map((v) => `${v.name}=${v.value}`),
      ['data=2.0', 'grad=0.0', "op=''", "label='x1'"],
    );
    const ev = body<{ result: string }>(
      await dap.request('evaluate', {
        expression: 'a.data * b.data',
        frameId: stack[0].id,
        context: 'watch',
      }),
    );
    assert.equal(ev.result, '-6.0');

    const t0 = performance.now();
    await dap.request('next', { threadId: 1 });
    await dap.event('stopped');
    const stepMillis = performance.now() - t0;
    assert.deepEqual(
      (await frames(dap)).map((f) => `${f.name}:${f.line}`),
      ['mul:5', '<cell>:6'],
    );
    assert.ok(stepMillis < 100, `a step took ${stepMillis.toFixed(1)} ms`);
    console.log(`      step latency ${stepMillis.toFixed(1)} ms`);

    await dap.request('stepOut', { threadId: 1 });
    await dap.event('stopped');
    assert.deepEqual(
      (await frames(dap)).map((f) => `${f.name}:${f.line}`),
      ['<cell>:7'],
    );

    await dap.request('continue', { threadId: 1 });
    await dap.event('terminated');
    assert.equal(await runAndWait(client, 'assert o.data < 0\nassert x1.grad != 0'), 'ok');
    adapter.dispose();
  });

  it('shows a generator body as a frame of its own while next() or a for loop runs it', async () => {
    const code = [
      'def count(n):', // 1
      '    i = 0', // 2
      '    while i < n:', // 3
      '        yield i', // 4
      '        i += 1', // 5
      'g = count(2)', // 6
      'a = next(g)', // 7
      'total = 0', // 8
      'for x in count(3):', // 9
      '    total += x', // 10
    ].join('\n');
    const adapter = new TgradDebugAdapter(target(code));
    const dap = new DapClient(adapter);
    await start(dap, [4]);
    await dap.event('stopped');
    // Inside next(g): the generator's code above the line that resumed it, with its locals.
    const stack = await frames(dap);
    assert.deepEqual(
      stack.map((f) => `${f.name}:${f.line}`),
      ['count:4', '<cell>:7'],
    );
    const scopes = body<{ scopes: { name: string; variablesReference: number }[] }>(
      await dap.request('scopes', { frameId: stack[0].id }),
    ).scopes;
    const locals = body<{ variables: Variable[] }>(
      await dap.request('variables', { variablesReference: scopes[0].variablesReference }),
    ).variables;
    assert.deepEqual(
      locals.map((v) => `${v.name}=${v.value}`),
      ['n=2', 'i=0'],
    );
    // Stepping over `yield` leaves the generator: the next stop is the caller's next line.
    await dap.request('next', { threadId: 1 });
    await dap.event('stopped');
    assert.deepEqual(
      (await frames(dap)).map((f) => `${f.name}:${f.line}`),
      ['<cell>:8'],
    );
    // A for loop resumes a new generator: its frame sits on the `for` line each round.
    await dap.request('continue', { threadId: 1 });
    await dap.event('stopped');
    assert.deepEqual(
      (await frames(dap)).map((f) => `${f.name}:${f.line}`),
      ['count:4', '<cell>:9'],
    );
    await dap.request('stepOut', { threadId: 1 });
    await dap.event('stopped');
    assert.deepEqual(
      (await frames(dap)).map((f) => `${f.name}:${f.line}`),
      ['<cell>:10'],
    );
    await dap.request('continue', { threadId: 1 });
    await dap.event('stopped');
    // The second round: the same frame, resumed where it stopped, with its state.
    assert.deepEqual(
      (await frames(dap)).map((f) => `${f.name}:${f.line}`),
      ['count:4', '<cell>:9'],
    );
    const i = body<{ result: string }>(
      await dap.request('evaluate', { expression: 'i', frameId: 0 }),
    );
    assert.equal(i.result, '1');
    await dap.request('setBreakpoints', { source: { path: FILE }, breakpoints: [] });
    await dap.request('continue', { threadId: 1 });
    await dap.event('terminated');
    assert.equal(await runAndWait(client, 'assert a == 0 and total == 3'), 'ok');
    adapter.dispose();
  });

  it('runs statements in the Debug Console in the paused frame, and Variables shows the change', async () => {
    const adapter = new TgradDebugAdapter(target(NEURON));
    const dap = new DapClient(adapter);
    await start(dap, [4]);
    await dap.event('stopped');
    const repl = async (expression: string, frameId = 0): Promise<string> =>
      body<{ result: string }>(
        await dap.request('evaluate', { expression, frameId, context: 'repl' }),
      ).result;
    const scope = async (frameId: number, name: string): Promise<Variable[]> => {
      const scopes = body<{ scopes: { name: string; variablesReference: number }[] }>(
        await dap.request('scopes', { frameId }),
      ).scopes;
      const ref = scopes.find((s) => s.name === name)!.variablesReference;
      return body<{ variables: Variable[] }>(
        await dap.request('variables', { variablesReference: ref }),
      ).variables;
    };
    // In mul's frame: rebind a local, and change a Value's data through another.
    assert.equal(await repl('b = Value(4.0)'), '');
    const changed = await dap.event('invalidated');
    assert.deepEqual((changed.body as { areas: string[] }).areas, ['variables']);
    assert.equal(await repl('a.data = 0.5'), '');
    const locals = await scope(0, 'Locals');
    assert.match(locals.find((v) => v.name === 'b')!.value, /data=4\.0/);
    const a = locals.find((v) => v.name === 'a')!;
    const fields = body<{ variables: Variable[] }>(
      await dap.request('variables', { variablesReference: a.variablesReference }),
    ).variables;
    assert.equal(fields.find((v) => v.name === 'data')!.value, '0.5');
    // In the cell's frame: a new global, then an augmented assignment to it.
    assert.equal(await repl('k = 3', 1), '');
    assert.equal(await repl('k += 1', 1), '');
    assert.equal((await scope(1, 'Globals')).find((v) => v.name === 'k')?.value, '4');
    // Expressions still answer with their value; errors come back as text.
    assert.equal(await repl('a.data * b.data'), '2.0');
    assert.equal(await repl('zz += 1'), "NameError: name 'zz' is not defined");
    // A watch only reads.
    const watch = body<{ result: string }>(
      await dap.request('evaluate', { expression: 'q = 1', frameId: 0, context: 'watch' }),
    ).result;
    assert.match(watch, /^SyntaxError/);
    await dap.request('setBreakpoints', { source: { path: FILE }, breakpoints: [] });
    await dap.request('continue', { threadId: 1 });
    await dap.event('terminated');
    // The program ran on with what the console changed: out = a * b = 0.5 * 4.0.
    assert.equal(
      await runAndWait(client, 'assert k == 4 and x1.data == 0.5 and x1w1.data == 2.0'),
      'ok',
    );
    adapter.dispose();
  });

  it('stops on an uncaught exception where it was raised, and Stop while paused keeps the session', async () => {
    assert.equal(await runAndWait(client, 'kept = 42'), 'ok');
    const code = 'def f(x):\n    return 1 / x\ny = 5\nf(0)';
    const adapter = new TgradDebugAdapter(target(code));
    const dap = new DapClient(adapter);
    await start(dap, [], ['uncaught']);
    const stop = await dap.event('stopped');
    assert.equal((stop.body as { reason: string }).reason, 'exception');
    assert.match((stop.body as { text: string }).text, /^ZeroDivisionError/);
    assert.deepEqual(
      (await frames(dap)).map((f) => `${f.name}:${f.line}`),
      ['f:2', '<cell>:4'],
    );
    await dap.request('disconnect', {});
    await dap.event('terminated');
    assert.equal(await runAndWait(client, 'assert kept == 42 and y == 5'), 'ok');
    adapter.dispose();
  });

  it('stops at a breakpoint in an imported module and shows its file in the stack', async () => {
    const dir = project({
      'engine.py': 'def double(v):\n    w = v * 2\n    return w\n',
    });
    const file = join(dir, 'main.tgrad');
    const files: FileContext = { folder: dir, roots: [dir], file, overlays: [] };
    const adapter = new TgradDebugAdapter({
      file,
      folder: dir,
      channel: () => client.debugChannel(),
      run: (stopOnEntry) =>
        runAndWait(client, 'import engine\ny = engine.double(21)', true, stopOnEntry, files),
      stop: () => client.stop(),
    });
    const dap = new DapClient(adapter);
    await dap.request('initialize', { adapterID: 'tgrad' });
    await dap.request('setBreakpoints', {
      source: { path: join(dir, 'engine.py') },
      breakpoints: [{ line: 3 }],
    });
    await dap.request('launch', { program: file });
    await dap.request('configurationDone');
    await dap.event('stopped');
    const stack = await frames(dap);
    assert.deepEqual(
      stack.map((f) => `${f.name}:${f.line}:${f.source.path}`),
      [`double:3:${join(dir, 'engine.py')}`, `<cell>:2:${file}`],
    );
    const w = body<{ result: string }>(
      await dap.request('evaluate', { expression: 'w', frameId: 0 }),
    );
    assert.equal(w.result, '42');
    await dap.request('continue', { threadId: 1 });
    await dap.event('terminated');
    adapter.dispose();
  });

  it('pauses a running loop and logs through logpoints', async () => {
    const code = 'i = 0\nwhile True:\n    i += 1\n    j = i';
    const adapter = new TgradDebugAdapter(target(code));
    const dap = new DapClient(adapter);
    await dap.request('initialize', { adapterID: 'tgrad' });
    await dap.request('setBreakpoints', {
      source: { path: FILE },
      breakpoints: [{ line: 4, logMessage: 'i={i}', hitCondition: '% 1000' }],
    });
    await dap.request('launch', { program: FILE });
    await dap.request('configurationDone');
    const out = await dap.event('output');
    assert.equal((out.body as { output: string }).output, 'i=1000\n');
    await dap.request('pause', { threadId: 1 });
    const stop = await dap.event('stopped');
    assert.equal((stop.body as { reason: string }).reason, 'pause');
    const ev = body<{ result: string }>(
      await dap.request('evaluate', { expression: 'i > 0', frameId: 0 }),
    );
    assert.equal(ev.result, 'True');
    await dap.request('terminate', {});
    await dap.event('terminated');
    adapter.dispose();
  });

  it('maps a notebook’s cells: breakpoints set in each cell’s document, frames shown in their cell', async () => {
    // NEURON as two notebook cells: lines 1-5 and 6-9, each a document of its own.
    const cellA = 'vscode-notebook-cell:/tmp/toygrad-debug/neuron.tgrad#W1sZmlsZQ%3D%3D';
    const cellB = 'vscode-notebook-cell:/tmp/toygrad-debug/neuron.tgrad#W3sZmlsZQ%3D%3D';
    const adapter = new TgradDebugAdapter({
      ...target(NEURON),
      cells: [
        { path: cellA, name: 'neuron.tgrad · cell 1', firstLine: 1, lineCount: 5 },
        { path: cellB, name: 'neuron.tgrad · cell 2', firstLine: 6, lineCount: 4 },
      ],
    });
    const dap = new DapClient(adapter);
    await dap.request('initialize', { adapterID: 'tgrad' });
    const bLines = await dap.request('setBreakpoints', {
      source: { path: cellB },
      breakpoints: [{ line: 2 }],
    });
    assert.deepEqual(
      body<{ breakpoints: { verified: boolean; line: number }[] }>(bLines).breakpoints,
      [{ verified: true, line: 2 }],
    );
    // Setting cell A's keeps cell B's (the program holds the union), and another spelling
    // of the URI (VS Code may escape its `=`) is the same cell.
    await dap.request('setBreakpoints', {
      source: { path: cellA.replace(/%3D/g, '=') },
      breakpoints: [{ line: 4 }],
    });
    // The notebook's file in a text editor: not the cells' lines while they are debugged.
    const text = await dap.request('setBreakpoints', {
      source: { path: FILE },
      breakpoints: [{ line: 8 }],
    });
    assert.equal(
      body<{ breakpoints: { verified: boolean }[] }>(text).breakpoints[0].verified,
      false,
    );
    await dap.request('launch', { program: FILE });
    await dap.request('configurationDone');
    await dap.event('stopped');
    assert.deepEqual(
      (await frames(dap)).map((f) => `${f.name}:${f.line}:${f.source.path}`),
      [`mul:4:${cellA}`, `<cell>:1:${cellB}`],
    );
    await dap.request('continue', { threadId: 1 });
    await dap.event('stopped');
    const stack = await frames(dap);
    assert.deepEqual(
      stack.map((f) => `${f.name}:${f.line}:${f.source.path}`),
      [`<cell>:2:${cellB}`],
    );
    assert.equal((stack[0].source as { name?: string }).name, 'neuron.tgrad · cell 2');
    await dap.request('continue', { threadId: 1 });
    await dap.event('terminated');
    adapter.dispose();
  });
});

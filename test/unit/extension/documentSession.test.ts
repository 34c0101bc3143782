import { strict as assert } from 'node:assert';
import type { StopOutcome } from '../../../src/kernel/kernelClient';
import type {
  GraphPayload,
  GraphRequest,
  KernelEvent,
  NameInfo,
  StepsAnswer,
  StepsRequest,
} from '../../../src/kernel/protocol';
import { codeCells } from '../../../src/extension/cellModel';
import {
  DocumentSession,
  type KernelLike,
  type SessionEvent,
} from '../../../src/extension/documentSession';

type Sent =
  | { type: 'run'; runId: number; cellId: string; code: string; firstLine: number }
  | { type: 'backward'; runId: number; cellId: string };

/** A kernel that records requests; the test answers them with events. */
class FakeKernel implements KernelLike {
  sent: Sent[] = [];
  started = false;
  stops = 0;
  private listener: ((e: KernelEvent) => void) | null = null;
  private nextRunId = 1;
  graphRequests: GraphRequest['target'][] = [];
  onEvent(listener: (e: KernelEvent) => void): () => void {
    this.listener = listener;
    return () => (this.listener = null);
  }
  get busy(): boolean {
    return false;
  }
  /** Per run request: whether it was said to open the module (its docstring is `__doc__`). */
  opens: boolean[] = [];
  run(
    cellId: string,
    code: string,
    firstLine: number,
    _files?: unknown,
    _debug?: unknown,
    opensModule?: boolean,
  ): number {
    this.started = true;
    const runId = this.nextRunId++;
    this.sent.push({ type: 'run', runId, cellId, code, firstLine });
    this.opens.push(opensModule === true);
    return runId;
  }
  backward(cellId: string): number {
    const runId = this.nextRunId++;
    this.sent.push({ type: 'backward', runId, cellId });
    return runId;
  }
  graph(target: GraphRequest['target']): Promise<{ graph: GraphPayload | null; message?: string }> {
    this.graphRequests.push(target);
    return Promise.resolve({ graph: null, message: 'fake' });
  }
  steps(request: Omit<StepsRequest, 'type' | 'requestId'>): Promise<StepsAnswer> {
    return Promise.resolve({ ...request, total: 0, steps: [], message: 'fake' });
  }
  async stop(): Promise<StopOutcome> {
    this.stops++;
    return 'stopped';
  }
  async restart(): Promise<void> {
    this.emit({ type: 'restarted' });
  }
  configure(): void {}
  async dispose(): Promise<void> {}
  emit(e: KernelEvent): void {
    this.listener?.(e);
  }
  /** Answers the last request: started, then done with the given status. */
  finishLast(
    status: 'ok' | 'error' | 'stopped',
    names: Record<string, NameInfo> = {},
    extra: KernelEvent[] = [],
  ): void {
    const req = this.sent[this.sent.length - 1];
    this.emit({ type: 'started', runId: req.runId, cellId: req.cellId });
    for (const e of extra) this.emit(e);
    this.emit({
      type: 'done',
      runId: req.runId,
      cellId: req.cellId,
      status,
      millis: 5,
      names,
      removedNames: [],
      inline: [],
    });
  }
}

const text = '# %% A\na = Value(2.0)\n# %% B\nb = a * 3\n';
const tick = () => new Promise((r) => setImmediate(r));

describe('DocumentSession', () => {
  it('starts no kernel until the first run', async () => {
    let created = 0;
    const s = new DocumentSession(() => {
      created++;
      return new FakeKernel();
    });
    assert.equal(s.started, false);
    assert.deepEqual((await s.graph({ name: 'a' }, 10)).graph, null);
    assert.equal(await s.stop(), 'idle');
    assert.equal(created, 0);
  });

  it('runs a cell, tracks its events, keeps the names snapshot', async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    const seen: SessionEvent[] = [];
    s.onEvent((e) => seen.push(e));
    const cells = codeCells(text);
    const done = s.run(cells[0], cells);
    assert.equal(s.busy, true);
    const a: NameInfo = {
      kind: 'value',
      id: 1,
      data: 2,
      grad: 0,
      op: '',
      label: 'a',
      inputs: [],
      line: 2,
      col: 1,
    };
    k.finishLast('ok', { a }, [{ type: 'stdout', runId: 1, text: 'hi\n' }]);
    const outcome = await done;
    assert.equal(outcome.status, 'ok');
    assert.equal(s.busy, false);
    assert.deepEqual(s.names, { a });
    assert.deepEqual(k.sent[0], {
      type: 'run',
      runId: 1,
      cellId: 'cell-1',
      code: 'a = Value(2.0)\n',
      firstLine: 2,
    });
    const stdout = seen.find((e) => e.event.type === 'stdout');
    assert.equal(stdout?.run?.label, 'A');
    assert.equal(stdout?.run?.cellNumber, 1);
  });

  it('runs a cell before Run Backward only when it changed or never ran', async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    let cells = codeCells(text);
    const first = s.backward(cells[1], cells);
    assert.equal(k.sent[0].type, 'run');
    k.finishLast('ok');
    await tick();
    assert.deepEqual(k.sent[1], { type: 'backward', runId: 2, cellId: 'cell-1' });
    k.finishLast('ok');
    assert.equal((await first).status, 'ok');

    const again = s.backward(cells[1], cells);
    assert.equal(k.sent[2].type, 'backward', 'unchanged: no run first');
    k.finishLast('ok');
    await again;

    cells = codeCells(text.replace('a * 3', 'a * 4'));
    const edited = s.backward(cells[1], cells);
    assert.equal(k.sent[3].type, 'run', 'edited: runs first');
    assert.equal(k.sent[3].cellId, 'cell-1', 'under the same id');
    k.finishLast('error');
    const outcome = await edited;
    assert.equal(outcome.status, 'error');
    assert.equal(k.sent.length, 4, 'no backward after a failed run');
  });

  it('reports the kernel’s message for a backward without output', async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    const cells = codeCells(text);
    const p = s.run(cells[0], cells);
    k.finishLast('ok');
    await p;
    const b = s.backward(cells[0], cells);
    const error = {
      kind: 'ValueError' as const,
      message: 'Run Backward needs a Value',
      line: 0,
      col: 0,
    };
    k.finishLast('error', {}, [{ type: 'error', runId: 2, error }]);
    const outcome = await b;
    assert.equal(outcome.status, 'error');
    assert.deepEqual(outcome.error, error);
    assert.equal(
      s.records.get('cell-1')?.status,
      'ok',
      'a failed backward leaves the run record as it was',
    );
  });

  it("keeps an error raised at a line of the user's own backward() until the next backward", async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    const cells = codeCells(text);
    const p = s.run(cells[1], cells);
    k.finishLast('ok');
    await p;
    const error = {
      kind: 'NameError' as const,
      message: "name 'topo' is not defined",
      line: 4,
      col: 5,
    };
    const failed = s.backward(cells[1], cells);
    k.finishLast('error', {}, [{ type: 'error', runId: 2, error }]);
    assert.deepEqual((await failed).error, error);
    const record = s.records.get(k.sent[0].cellId);
    assert.equal(record?.status, 'ok', 'the forward run still stands');
    assert.deepEqual(record?.error, error, 'for the diagnostics and the cell mark');
    assert.equal(s.records.needsRun(cells[1], cells), false, 'no forward run needed again');
    const again = s.backward(cells[1], cells);
    k.finishLast('ok');
    await again;
    assert.equal(s.records.get(k.sent[0].cellId)?.error, null);
  });

  it('tells the kernel which cell opens the module (no statement above it), for its docstring', async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    const doc = '# %% [markdown]\n# # Notes\n# %% Intro\n"""The doc."""\n# %% Next\nx = 1\n';
    const cells = codeCells(doc);
    for (const cell of [...cells].reverse()) {
      const done = s.run(cell, cells);
      k.finishLast('ok');
      await done;
    }
    // The last cell, run first, does not open the module; the docstring's cell does, the
    // markdown cell above it being comments to Python.
    assert.deepEqual(k.opens, [false, true]);
  });

  it('runs a sequence until a cell fails or a stop', async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    const cells = codeCells(text + '# %% C\nc = 1\n');
    const seq = s.runSequence(cells, cells);
    k.finishLast('error');
    await seq;
    assert.equal(k.sent.length, 1);

    const seq2 = s.runSequence(cells, cells);
    k.finishLast('ok');
    await tick();
    assert.equal(k.sent.length, 3);
    await s.stop();
    k.finishLast('stopped');
    await seq2;
    assert.equal(k.sent.length, 3, 'nothing runs after a stop');
    assert.equal(k.stops, 1);
  });

  it('forgets names and records when the session restarts, settling pending runs', async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    const cells = codeCells(text);
    const p = s.run(cells[0], cells);
    await s.restart();
    assert.equal((await p).status, 'stopped');
    assert.equal(s.busy, false);
    assert.deepEqual(s.names, {});
    assert.equal(s.records.all.length, 0);
  });

  it('tracks training progress of the current run', async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    const cells = codeCells(text);
    const p = s.run(cells[0], cells);
    k.emit({ type: 'started', runId: 1, cellId: 'cell-1' });
    assert.equal(s.current?.cellNumber, 1);
    k.emit({ type: 'progress', runId: 1, step: 3, steps: 10, loss: 0.5 });
    assert.deepEqual(s.progress, { step: 3, steps: 10, loss: 0.5 });
    k.emit({
      type: 'done',
      runId: 1,
      cellId: 'cell-1',
      status: 'ok',
      millis: 1,
      names: {},
      removedNames: [],
      inline: [],
    });
    await p;
    assert.equal(s.current, null);
    assert.equal(s.progress, null);
  });

  it('asks for a cell graph under the cell’s id, running it first', async () => {
    const k = new FakeKernel();
    const s = new DocumentSession(() => k);
    const cells = codeCells(text);
    const g = s.cellGraph(cells[1], cells, 100);
    k.finishLast('ok');
    const answer = await g;
    assert.equal(answer.cellId, 'cell-1');
    assert.deepEqual(k.graphRequests, [{ cellId: 'cell-1' }]);
  });
});

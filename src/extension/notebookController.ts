// Runs the cells of a .tgrad notebook on a session of the same kind as the text editor's
// (one per notebook), and shows what a run printed, its result and its error as outputs.
// Error positions are file lines: each cell's code is placed where it lands in the file.
import * as vscode from 'vscode';
import type { DebugRunOptions } from '../kernel/debug/debugMessages';
import type { LossBatch, RunStatus, UserError } from '../kernel/protocol';
import { codeHash, type CodeCell } from './cellModel';
import type { Ctx } from './ctx';
import { LANGUAGE_ID } from './documentCells';
import type { DocumentSession, RunOutcome, SessionEvent } from './documentSession';
import { layoutNotebook } from '../kernel/notebookCells';
import { NOTEBOOK_TYPE, notebookText } from './notebookSerializer';
import {
  boundaryCellOutput,
  chartCellOutput,
  drawOutput,
  plotCellOutput,
  resultGraphOutput,
} from './notebookRichOutputs';
import { LatestThrottle } from './latestThrottle';
import { notebookCellTitle } from './notebookTitles';
import { RunQueue } from './runQueue';
import { positionText, warningLine } from './runReport';

/** The session key of a notebook: apart from the text editor's session of the same file. */
export function notebookSessionUri(notebook: vscode.NotebookDocument): vscode.Uri {
  return notebook.uri.with({ fragment: 'notebook' });
}

/** True for a notebook's session key (see notebookSessionUri), false for a text document's. */
export function isNotebookSessionUri(uri: vscode.Uri): boolean {
  return uri.fragment === 'notebook';
}

/** The notebook's code cells as the session runs them, with their lines in the file. */
export function notebookCodeCells(notebook: vscode.NotebookDocument): {
  cells: CodeCell[];
  byCell: Map<vscode.NotebookCell, CodeCell>;
} {
  const all = notebook.getCells();
  const layout = layoutNotebook(
    notebookText(
      all.map((c) => {
        const data = new vscode.NotebookCellData(
          c.kind,
          c.document.getText(),
          c.document.languageId,
        );
        data.metadata = c.metadata;
        return data;
      }),
      notebook.metadata,
    ),
  );
  const cells: CodeCell[] = [];
  const byCell = new Map<vscode.NotebookCell, CodeCell>();
  all.forEach((c, index) => {
    if (c.kind !== vscode.NotebookCellKind.Code) return;
    const code = c.document.getText();
    const firstLine = layout.firstLines[index];
    const lineCount = Math.max(1, c.document.lineCount);
    const cell: CodeCell = {
      index,
      number: cells.length + 1,
      title: notebookCellTitle(c),
      startLine: firstLine - 2,
      bodyStartLine: firstLine - 1,
      endLine: firstLine - 1 + lineCount,
      lastLine: firstLine - 2 + lineCount,
      firstLine,
      code,
      hash: codeHash(code),
    };
    cells.push(cell);
    byCell.set(c, cell);
  });
  return { cells, byCell };
}

/** How long a backward's refresh waits for the outputs of the run just before it. */
const OUTPUTS_SETTLE_MILLIS = 5000;

/**
 * The cell's result output. After Run Backward ran a changed cell first, the outputs that run
 * set reach this side of the workbench a moment later: wait for them (not past a few seconds).
 */
function resultOutput(nbCell: vscode.NotebookCell): Promise<vscode.NotebookCellOutput | undefined> {
  const find = () => nbCell.outputs.find((o) => o.metadata?.outputType === 'execute_result');
  const now = find();
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (output: vscode.NotebookCellOutput | undefined) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(output);
    };
    const timer = setTimeout(() => done(undefined), OUTPUTS_SETTLE_MILLIS);
    const sub = vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.notebook !== nbCell.notebook) return;
      const found = find();
      if (found !== undefined) done(found);
    });
  });
}

/** Most chart updates per second while a cell's train/log curves stream in. */
export const CURVE_UPDATES_PER_SECOND = 4;

/** A kind of notebook the ToyGrad kernel runs. */
export interface NotebookKind {
  /** The controller's id (kept by VS Code as the notebook's chosen kernel). */
  id: string;
  type: string;
  languages: readonly string[];
  /** True when the kernel should be picked without asking. */
  prefers(notebook: vscode.NotebookDocument): boolean;
  onSelected?(notebook: vscode.NotebookDocument): Promise<void>;
}

/** .tgrad files in the notebook view: ToyGrad is their one kernel, picked without asking. */
export const TGRAD_NOTEBOOK: NotebookKind = {
  id: 'toygrad-kernel',
  type: NOTEBOOK_TYPE,
  languages: [LANGUAGE_ID],
  prefers: () => true,
};

interface Active {
  execution: vscode.NotebookCellExecution;
  stdout: string;
  /** What the run wrote to sys.stderr: Jupyter's red stream, shown after the printed text. */
  stderr: string;
  outputs: vscode.NotebookCellOutput[];
  error: UserError | null;
  /** The kernel's id of the running cell, once it has started. */
  cellId: string | null;
  /** Where the cell's result sits in `outputs`, and its text: a Value's becomes its graph. */
  result: { at: number; text: string } | null;
  /** The curves train and log streamed: one chart output, updated while they come in. */
  batches: LossBatch[];
  /** Where the curves' chart sits in `outputs`, once shown. */
  curvesAt: number | null;
  /** Redraws the chart at most CURVE_UPDATES_PER_SECOND times a second while points come. */
  curvesThrottle: LatestThrottle<null> | null;
  /**
   * Where each plot name's output (and the boundary's) sits in `outputs`: plotting the same
   * name again in the cell replaces its chart, as in the panel.
   */
  charts: Map<string, number>;
  /** The latest output edit sent: the execution ends once it is applied. */
  shown: Thenable<void>;
}

export class NotebookController implements vscode.Disposable {
  private readonly controller: vscode.NotebookController;
  /** Each notebook's last execution count; a restart starts it again at 1, as in Jupyter. */
  private readonly orders = new Map<string, number>();
  /** The execution of each session's running cell: its events become that cell's outputs. */
  private readonly active = new Map<string, Active>();
  /** Each notebook's runs, one at a time in the order asked for. */
  private readonly queue = new RunQueue();
  /** The notebooks whose kernel this controller is (by URI). */
  private readonly selected = new Set<string>();

  constructor(
    private readonly ctx: Ctx,
    private readonly kind: NotebookKind = TGRAD_NOTEBOOK,
  ) {
    this.controller = vscode.notebooks.createNotebookController(kind.id, kind.type, 'ToyGrad');
    this.controller.supportedLanguages = [...kind.languages];
    this.controller.supportsExecutionOrder = true;
    this.controller.description = 'Runs cells in a ToyGrad session';
    this.controller.executeHandler = (cells, notebook) => this.execute(cells, notebook);
    this.controller.interruptHandler = async (notebook) => {
      await ctx.sessions.get(notebookSessionUri(notebook))?.stop();
    };
    for (const nb of vscode.workspace.notebookDocuments) this.prefer(nb);
    ctx.own(
      this.controller,
      ctx.sessions.onEvent((uri, e) => this.onEvent(uri, e)),
      vscode.workspace.onDidOpenNotebookDocument((nb) => this.prefer(nb)),
      vscode.workspace.onDidCloseNotebookDocument((nb) => {
        if (nb.notebookType === kind.type) void ctx.sessions.close(notebookSessionUri(nb));
      }),
      this.controller.onDidChangeSelectedNotebooks(({ notebook, selected }) => {
        if (selected) this.selected.add(notebook.uri.toString());
        else this.selected.delete(notebook.uri.toString());
        if (selected) void kind.onSelected?.(notebook);
      }),
    );
  }

  private prefer(notebook: vscode.NotebookDocument): void {
    if (notebook.notebookType === this.kind.type && this.kind.prefers(notebook)) {
      this.controller.updateNotebookAffinity(notebook, vscode.NotebookControllerAffinity.Preferred);
    }
  }

  private async execute(
    toRun: vscode.NotebookCell[],
    notebook: vscode.NotebookDocument,
  ): Promise<void> {
    // All queued at once, in order: each shows pending until its turn, and a cell that fails
    // or ends the program (sys.exit, even with status 0) cancels the rest (see RunQueue).
    await Promise.all(toRun.map((nbCell) => this.executeOne(nbCell, notebook)));
  }

  /**
   * Whether this controller is (or, for a notebook it prefers, now becomes) the notebook's
   * kernel: only then may it run the notebook's cells as executions. VS Code picks a
   * preferred kernel lazily, on the first run, so Debug Cell may come first.
   */
  async claims(notebook: vscode.NotebookDocument): Promise<boolean> {
    if (this.selected.has(notebook.uri.toString())) return true;
    if (notebook.notebookType !== this.kind.type || !this.kind.prefers(notebook)) return false;
    await vscode.commands.executeCommand('notebook.selectKernel', {
      id: this.kind.id,
      extension: this.ctx.extension.extension.id,
    });
    return this.selected.has(notebook.uri.toString());
  }

  /** Runs one cell as an execution of its notebook (Run Backward on a changed cell does). */
  run(nbCell: vscode.NotebookCell): Promise<RunOutcome | undefined> {
    return this.executeOne(nbCell, nbCell.notebook);
  }

  /** Runs one cell under the debugger, its outputs shown in the cell as a run's are. */
  async debug(nbCell: vscode.NotebookCell, stopOnEntry: boolean): Promise<RunStatus> {
    const outcome = await this.executeOne(nbCell, nbCell.notebook, { fresh: true, stopOnEntry });
    return outcome?.status ?? 'error';
  }

  /**
   * Runs one cell as an execution of the notebook, after the runs of the notebook asked for
   * before it; undefined when it is not a code cell or its run was cancelled before it began.
   */
  private executeOne(
    nbCell: vscode.NotebookCell,
    notebook: vscode.NotebookDocument,
    debug?: DebugRunOptions,
  ): Promise<RunOutcome | undefined> {
    if (nbCell.kind !== vscode.NotebookCellKind.Code) return Promise.resolve(undefined);
    const uri = notebookSessionUri(notebook);
    // Created now, so that the cell shows pending while it waits.
    const execution = this.controller.createNotebookCellExecution(nbCell);
    return this.queue.enqueue(uri.toString(), execution.token, async (turn) => {
      const outcome = turn === 'run' ? await this.runExecution(execution, debug) : undefined;
      if (outcome === undefined) execution.end(undefined);
      const failed = outcome !== undefined && (outcome.status !== 'ok' || outcome.exited === true);
      return { value: outcome, failed };
    });
  }

  /** Runs the execution's cell now, its events becoming the cell's outputs. */
  private async runExecution(
    execution: vscode.NotebookCellExecution,
    debug: DebugRunOptions | undefined,
  ): Promise<RunOutcome | undefined> {
    const notebook = execution.cell.notebook;
    const uri = notebookSessionUri(notebook);
    const session = this.ctx.sessions.getOrCreate(uri);
    // The cells as they are now, so that error lines match the notebook the person sees.
    const { cells, byCell } = notebookCodeCells(notebook);
    const cell = byCell.get(execution.cell);
    if (cell === undefined) return undefined;
    const order = (this.orders.get(uri.toString()) ?? 0) + 1;
    this.orders.set(uri.toString(), order);
    execution.executionOrder = order;
    execution.start(Date.now());
    // Not asked when there is nothing to clear: one round trip to the workbench fewer before
    // the first output (a queued cell's first run once never printed in CI).
    if (execution.cell.outputs.length > 0) await execution.clearOutput();
    const active: Active = {
      execution,
      stdout: '',
      stderr: '',
      outputs: [],
      error: null,
      cellId: null,
      result: null,
      batches: [],
      curvesAt: null,
      curvesThrottle: null,
      charts: new Map(),
      shown: Promise.resolve(),
    };
    this.active.set(uri.toString(), active);
    const stopSub = execution.token.onCancellationRequested(() => void session.stop());
    const outcome = await session.run(cell, cells, debug);
    stopSub.dispose();
    this.active.delete(uri.toString());
    await this.finishRich(active, session);
    // Applied before the run counts as done: a Run Backward right after it reads its outputs.
    await Promise.resolve(active.shown).then(undefined, () => undefined);
    execution.end(outcome.status === 'ok', Date.now());
    return outcome;
  }

  private onEvent(uri: vscode.Uri, { event, run }: SessionEvent): void {
    if (event.type === 'restarted') this.orders.delete(uri.toString());
    if (run?.kind === 'backward' && event.type === 'result') {
      void this.refreshResult(uri, run.cellId, event.text);
      return;
    }
    const active = this.active.get(uri.toString());
    if (active === undefined || run === null || run.kind !== 'run') return;
    const text = (mime: string, value: string) =>
      new vscode.NotebookCellOutputItem(new TextEncoder().encode(value), mime);
    switch (event.type) {
      case 'started':
        active.cellId = event.cellId;
        return;
      case 'draw':
        active.outputs.push(drawOutput(event.graph));
        this.show(active);
        return;
      case 'plot':
        this.putChart(active, `plot:${event.plot.name}`, plotCellOutput(event.plot));
        return;
      case 'boundary':
        this.putChart(active, 'boundary', boundaryCellOutput(event.boundary));
        return;
      case 'log':
        active.batches.push(...event.batches);
        active.curvesThrottle ??= new LatestThrottle(
          () => this.showCurves(active),
          1000 / CURVE_UPDATES_PER_SECOND,
        );
        active.curvesThrottle.push(null);
        return;
      case 'stdout':
        if (event.stream === 'stderr') active.stderr += event.text;
        else active.stdout += event.text;
        this.show(active);
        return;
      case 'result':
        active.result = { at: active.outputs.length, text: event.text };
        active.outputs.push(new vscode.NotebookCellOutput([text('text/plain', event.text)]));
        this.show(active);
        return;
      case 'warning':
        active.outputs.push(
          new vscode.NotebookCellOutput([
            vscode.NotebookCellOutputItem.stderr(
              `${warningLine(event.message, event.line, event.col)}\n`,
            ),
          ]),
        );
        this.show(active);
        return;
      case 'error':
        active.error = event.error;
        active.outputs.push(
          new vscode.NotebookCellOutput([
            vscode.NotebookCellOutputItem.error({
              name: event.error.kind,
              message: `${event.error.message}${positionText(event.error.line, event.error.col)}`,
            }),
          ]),
        );
        this.show(active);
        return;
      default:
        return;
    }
  }

  private putChart(active: Active, key: string, output: vscode.NotebookCellOutput): void {
    const at = active.charts.get(key);
    if (at === undefined) {
      active.charts.set(key, active.outputs.length);
      active.outputs.push(output);
    } else active.outputs[at] = output;
    this.show(active);
  }

  /**
   * After Run Backward from a cell whose result is a Value: its result output (the Value's
   * graph and repr) shows the grads the backward set, as the hovers do. VS Code changes a
   * cell's outputs only through an execution: a short one, keeping the cell's number.
   */
  private async refreshResult(uri: vscode.Uri, cellId: string, text: string): Promise<void> {
    const notebook = vscode.workspace.notebookDocuments.find(
      (nb) => notebookSessionUri(nb).toString() === uri.toString(),
    );
    const session = this.ctx.sessions.get(uri);
    if (notebook === undefined || session === undefined) return;
    if (!this.selected.has(notebook.uri.toString())) return;
    const { cells, byCell } = notebookCodeCells(notebook);
    const cell = session.records.matches(cells).find((m) => m.record.cellId === cellId)?.cell;
    const nbCell = [...byCell].find(([, c]) => c === cell)?.[0];
    if (nbCell === undefined) return;
    const output = await resultOutput(nbCell);
    if (output === undefined) return;
    const fresh = await resultGraphOutput(session, cellId, text);
    if (fresh === null) return;
    let execution: vscode.NotebookCellExecution;
    try {
      execution = this.controller.createNotebookCellExecution(nbCell);
    } catch {
      return; // the cell runs again already: its new outputs come with that run
    }
    execution.executionOrder = nbCell.executionSummary?.executionOrder;
    execution.start(Date.now());
    await execution.replaceOutputItems(fresh.items, output);
    execution.end(nbCell.executionSummary?.success ?? true, Date.now());
  }

  /** The outputs that need the whole run: the curves, and the graph of a Value result. */
  private async finishRich(active: Active, session: DocumentSession): Promise<void> {
    const curves = chartCellOutput(active.batches);
    const graph =
      active.result !== null && active.cellId !== null
        ? await resultGraphOutput(session, active.cellId, active.result.text)
        : null;
    if (graph !== null && active.result !== null) active.outputs[active.result.at] = graph;
    active.curvesThrottle?.dispose();
    if (curves !== null) this.putCurves(active, curves);
    if (graph !== null || curves !== null) this.show(active);
  }

  /** The curves so far, replacing the chart the cell shows (streamed while the cell runs). */
  private showCurves(active: Active): void {
    if (this.active.get(notebookSessionUri(active.execution.cell.notebook).toString()) !== active)
      return;
    const curves = chartCellOutput(active.batches);
    if (curves === null) return;
    this.putCurves(active, curves);
    this.show(active);
  }

  private putCurves(active: Active, curves: vscode.NotebookCellOutput): void {
    if (active.curvesAt === null) {
      active.curvesAt = active.outputs.length;
      active.outputs.push(curves);
    } else active.outputs[active.curvesAt] = curves;
  }

  private show(active: Active): void {
    const outputs = [...active.outputs];
    if (active.stderr !== '')
      outputs.unshift(
        new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.stderr(active.stderr)]),
      );
    if (active.stdout !== '')
      outputs.unshift(
        new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.stdout(active.stdout)]),
      );
    active.shown = active.execution.replaceOutput(outputs);
  }

  dispose(): void {
    this.active.clear();
  }
}

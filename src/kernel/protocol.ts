// The one module that defines every message between the kernel (a Session, in-process
// or in a worker_thread), the extension host and the webview panel. Types only: all three
// sides import it, and nothing here may import code of ours or 'vscode'.

// ---------------------------------------------------------------------------------------
// Shared shapes
// ---------------------------------------------------------------------------------------

/** A 1-based position in the file (never in the cell). `endCol` is exclusive when given. */
import type { DebugRunOptions } from './debug/debugMessages';

export interface SourcePos {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

export type ErrorKind =
  | 'SyntaxError'
  | 'IndentationError'
  | 'NameError'
  | 'TypeError'
  | 'ValueError'
  | 'IndexError'
  | 'KeyError'
  | 'ZeroDivisionError'
  | 'RecursionError'
  | 'LimitError'
  | 'AttributeError'
  | 'AssertionError'
  | 'RuntimeError'
  | 'NotImplementedError'
  | 'StopIteration'
  | 'OverflowError'
  | 'LookupError'
  | 'ArithmeticError'
  | 'Exception'
  | 'PermissionError'
  | 'FileNotFoundError'
  | 'OSError'
  | 'ImportError'
  | 'ModuleNotFoundError'
  | 'IsADirectoryError'
  | 'KeyboardInterrupt'
  // A user exception class: the kind is its name.
  | (string & { readonly userClass?: never });

/** An error a user can meet: a kind, a message a learner understands, and where. */
export interface UserError extends SourcePos {
  kind: ErrorKind;
  message: string;
  /**
   * The imported module's file the position is in, relative to the notebook's folder with
   * '/' separators; absent when it is in the notebook.
   */
  file?: string;
  /** The exception's notes (add_note), printed one a line after the error, as CPython. */
  notes?: string[];
}

/** How a Value relates to the graph it is drawn in. */
export type ValueRole = 'leaf' | 'param' | 'const' | 'output' | 'inner';

/**
 * One Value of a compute graph. Each non-leaf Value also stands for its operation node
 * (`op`), drawn between its `inputs` and itself, as micrograd's draw_dot does.
 */
export interface GraphValue {
  /** Stable for the life of the Value in its session, so a later payload can update it in place. */
  id: number;
  label: string;
  data: number;
  grad: number;
  /** '' for a leaf; '+', '*', '**2', 'tanh', 'ReLU', ... otherwise. */
  op: string;
  /** Ids of the input Values, in operand order. */
  inputs: number[];
  role: ValueRole;
  /** Where the Value was made (1-based); 0 when it was made by no line of the file. */
  line: number;
  col: number;
  /** Innermost group (a neuron) this Value was computed in; 0 for none. */
  group: number;
  /** Layout hint from the kernel: topological depth (leaves 0) and row within that depth. */
  level: number;
  order: number;
}

/** A neuron, layer or MLP that Values can be grouped by, for collapsing big graphs. */
export interface GraphGroup {
  id: number;
  /** 0 for a top-level group. */
  parent: number;
  kind: 'mlp' | 'layer' | 'neuron';
  /** e.g. "MLP 2 → 16 → 16 → 1", "layer 1", "neuron 1.3". */
  label: string;
}

export interface GraphPayload {
  /** The Value the graph was drawn from (its output). */
  rootId: number;
  values: GraphValue[];
  groups: GraphGroup[];
  /** Number of Values in the whole graph; larger than values.length when truncated. */
  totalValues: number;
  truncated: boolean;
}

/** New data/grad for Values already drawn (after another backward). */
export interface ValueUpdate {
  id: number;
  data: number;
  grad: number;
}

/** One step of the stepper: a node's chain-rule updates (backward) or its value (forward). */
export interface PassStep {
  /** The Value the step is about: the node pushing its grad, or the node made. */
  valueId: number;
  /** Values it pushes gradient into (backward), in operand order; empty otherwise. */
  pushes: number[];
  /**
   * What happens, one line each, with names then numbers, e.g.
   * `w1.grad += x1.data · x1w1.grad = 2.0000 · 0.5000 = 1.0000`, and a running sum
   * (`a.grad = 1.0000 + 1.0000 = 2.0000`) after a push into a node already reached.
   */
  lines: string[];
  /** The line that made the node (or, for a user's class, the line that wrote the grad); 0 for none. */
  line: number;
  col: number;
}

/** A chunk of a pass's steps. Big graphs have tens of thousands: they come in chunks. */
export interface StepsAnswer {
  rootId: number;
  mode: StepMode;
  /** Steps in the whole pass. */
  total: number;
  /** Every step's valueId, in order: sent with the chunk starting at 0 only. */
  order?: number[];
  from: number;
  steps: PassStep[];
  /** Why there are no steps (the Value is gone, a user class without a recorded pass…). */
  message?: string;
  /**
   * Shown above every step: the steps' numbers do not give the grads the graph holds (the
   * data changed after the backward pass, see stepper/staleCheck.ts).
   */
  note?: string;
}

export interface LossPoint {
  step: number;
  value: number;
}

/** Points appended to one named curve of one run. */
export interface LossBatch {
  /** Curve name: 'loss' for train, the `name` given to log(). */
  name: string;
  /** One series per run: the run that produced the points. */
  runId: number;
  /** The run as the legend names it (set by the editor: the cell's title and a counter). */
  run?: string;
  points: LossPoint[];
}

export interface PlotPayload {
  name: string;
  xs: number[];
  ys: number[];
}

export interface BoundaryPayload {
  /** The grid covers [xMin, xMax] × [yMin, yMax] with nx × ny points, row-major from yMin. */
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  nx: number;
  ny: number;
  /** The model's score at each grid point (> 0 is class +1). */
  scores: number[];
  points: { x: number; y: number; label: number }[];
}

// ---------------------------------------------------------------------------------------
// What a session reports about the names it holds (hovers, inline values)
// ---------------------------------------------------------------------------------------

export interface ValueInfo {
  kind: 'value';
  /** The class of a user's own Value-like object (absent for the built-in Value). */
  type?: string;
  id: number;
  data: number;
  grad: number;
  op: string;
  label: string;
  /** Labels of the inputs ('' where an input has none; constants as their number). */
  inputs: string[];
  line: number;
  col: number;
  /** Backward passes added up in `grad` since it was last zero, when more than one. */
  passes?: number;
}

export interface SequenceInfo {
  kind: 'list' | 'tuple';
  length: number;
  /** Short text of the first few items. */
  items: string[];
  /** How many of the items are Values. */
  values: number;
  /** Python-like shortened repr with the count of what is left out: `[0.5450, 0.5301, … 2995 more]`. */
  preview: string;
}

export interface LayerInfo {
  name: string;
  params: number;
  gradNorm: number;
}

export interface ModuleInfo {
  kind: 'module';
  /** 'MLP', 'Layer', 'Neuron', or the class of a user's module (an object with parameters()). */
  type: string;
  /** e.g. "MLP 2 → 16 → 16 → 1". */
  shape: string;
  params: number;
  layers: LayerInfo[];
}

export interface PlainInfo {
  kind: 'number' | 'string' | 'bool' | 'none' | 'function' | 'dict' | 'optimizer' | 'other';
  /** Python type name: 'int', 'float', 'str', 'dict', 'function', ... */
  type: string;
  repr: string;
}

export type NameInfo = ValueInfo | SequenceInfo | ModuleInfo | PlainInfo;

/** The value an assignment line left, for inline display at the end of that line. */
export interface InlineValue {
  line: number;
  text: string;
}

/** The inline values of one cell, as they read now (grads change with every backward). */
export interface CellInline {
  cellId: string;
  values: InlineValue[];
}

// ---------------------------------------------------------------------------------------
// Host → kernel
// ---------------------------------------------------------------------------------------

/** Where a program may read files and find modules (the notebook's folder and the workspace). */
export interface FileContext {
  /** The notebook's folder (absolute): relative paths and imports start here. */
  folder: string;
  /** Folders a program may read below: the notebook's folder and the workspace folders. */
  roots: string[];
  /** The notebook's path (sys.argv[0]). */
  file: string;
  /** The program's arguments, sys.argv[1:] (`tgrad run FILE ARG...`); none in the editor. */
  args?: string[];
  /** Unsaved text of open .py/.tgrad documents, which imports see instead of the disk's. */
  overlays: { path: string; text: string }[];
  /** Biggest file (bytes) a program may open or import; the language's default if absent. */
  maxFileBytes?: number;
}

export interface RunRequest {
  type: 'run';
  /** Chosen by the host; echoed on every event of this run. */
  runId: number;
  /** The host's name for the cell, used to find its output later (e.g. its index). */
  cellId: string;
  /** The cell's code. */
  code: string;
  /** 1-based file line of the first line of `code`. */
  firstLine: number;
  /** Where the program may read; absent: it reads nothing (an untitled document). */
  files?: FileContext;
  /** Run under the debugger (see debug/debugMessages.ts). */
  debug?: DebugRunOptions;
  /**
   * No statement of the file comes before this cell (see opensModule): a string the cell
   * starts with is the module's `__doc__`.
   */
  opensModule?: boolean;
}

/** Zero the grads of the cell's output graph and backpropagate from its output. */
export interface BackwardRequest {
  type: 'backward';
  runId: number;
  cellId: string;
}

export interface GraphRequest {
  type: 'graph';
  requestId: number;
  /**
   * A bound name, or the output of a cell, or a Value id, or the Value a cell's last
   * expression gave (its result, as a notebook shows it).
   */
  target: { name: string } | { cellId: string } | { valueId: number } | { resultOf: string };
  maxValues: number;
}

/** Which pass the stepper walks: backward (chain-rule updates) or forward (values as made). */
export type StepMode = 'backward' | 'forward';

/** Steps from..from+count of a pass over the graph of Value `rootId` (the stepper). */
export interface StepsRequest {
  type: 'steps';
  requestId: number;
  rootId: number;
  mode: StepMode;
  from: number;
  count: number;
}

/**
 * The program has ended (its last cell ran, failed or exited): the session drops its globals as
 * CPython does at exit, closing the generators they alone held (their `finally` blocks print).
 * A run of its own: events carry `runId`, and it ends with 'done'.
 */
export interface EndRequest {
  type: 'end';
  runId: number;
  cellId: string;
}

export interface RestartRequest {
  type: 'restart';
}

export interface ConfigRequest {
  type: 'config';
  maxGraphNodes: number;
  maxRunMillis: number;
}

export type KernelRequest =
  | RunRequest
  | BackwardRequest
  | GraphRequest
  | StepsRequest
  | EndRequest
  | RestartRequest
  | ConfigRequest;

// ---------------------------------------------------------------------------------------
// Kernel → host
// ---------------------------------------------------------------------------------------

export type RunStatus = 'ok' | 'error' | 'stopped';

/**
 * How a program ended itself, by an uncaught SystemExit (`sys.exit(code)`): the exit status a
 * process gives (0-255) and what CPython prints on stderr (`str(code)` for a code that is not
 * an int or None; null for none). The run is 'ok' when the status is 0 with nothing printed,
 * else 'error' with the SystemExit as its error event (what an editor shows).
 */
export interface ProgramExit {
  status: number;
  message: string | null;
}

export type KernelEvent =
  | { type: 'ready' }
  | { type: 'started'; runId: number; cellId: string }
  /** Text the program wrote: to sys.stdout (`print`), or with `stream` to sys.stderr. */
  | { type: 'stdout'; runId: number; text: string; stream?: 'stderr' }
  /**
   * The program waits for a line of input (input(), sys.stdin) in a session that asks the
   * user for it: answer with KernelClient.answerInput(id, text or null for none).
   */
  | { type: 'input'; runId: number; id: number; prompt: string }
  | { type: 'result'; runId: number; text: string }
  | { type: 'warning'; runId: number; message: string; line: number; col: number }
  | { type: 'error'; runId: number; error: UserError }
  | { type: 'log'; runId: number; batches: LossBatch[] }
  | { type: 'progress'; runId: number; step: number; steps: number; loss: number }
  | { type: 'draw'; runId: number; graph: GraphPayload }
  | { type: 'plot'; runId: number; plot: PlotPayload }
  | { type: 'boundary'; runId: number; boundary: BoundaryPayload }
  | {
      type: 'done';
      runId: number;
      cellId: string;
      status: RunStatus;
      millis: number;
      /** Names bound or changed since the last 'done' (or 'restarted'): merge them in. */
      names: Record<string, NameInfo>;
      /** Names no longer bound. */
      removedNames: string[];
      /**
       * The cell that ran, and every other cell whose inline values read differently now
       * (a backward changes grads shown in other cells); cells not listed are unchanged.
       */
      inline: CellInline[];
      /** Present when the program ended itself (sys.exit): a whole-file run stops here. */
      exit?: ProgramExit;
    }
  | { type: 'graph'; requestId: number; graph: GraphPayload | null; message?: string }
  | { type: 'steps'; requestId: number; answer: StepsAnswer }
  | { type: 'restarted' };

// ---------------------------------------------------------------------------------------
// Extension ↔ webview panel
// ---------------------------------------------------------------------------------------

export interface PanelState {
  graph: GraphPayload | null;
  curves: LossBatch[];
  plots: PlotPayload[];
  boundary: BoundaryPayload | null;
  view: PanelView;
  maxVisibleNodes: number;
  /** Why the graph drawn before is gone (the session restarted), shown in its place. */
  graphGone?: string;
}

export type PanelView = 'graph' | 'curves' | 'plots';

export type ToPanel =
  | { type: 'state'; state: PanelState }
  | { type: 'graph'; graph: GraphPayload }
  | { type: 'values'; updates: ValueUpdate[] }
  | { type: 'select'; valueId: number | null }
  | { type: 'loss'; batches: LossBatch[] }
  | { type: 'clearLoss' }
  /** The drawn graph is gone (its session restarted): clear it and say why. */
  | { type: 'graphGone'; reason: string }
  | { type: 'plot'; plot: PlotPayload }
  | { type: 'boundary'; boundary: BoundaryPayload }
  | { type: 'show'; view: PanelView }
  | { type: 'config'; maxVisibleNodes: number }
  /** What of the panel's document runs now ("Training", "cell 3"), or null: the Stop button. */
  | { type: 'running'; running: string | null }
  /** An answer to the panel's `steps` request. */
  | { type: 'steps'; answer: StepsAnswer };

export type FromPanel =
  | { type: 'ready' }
  /** Show the line that made a Value; `keepFocus` (the stepper) leaves the keyboard in the panel. */
  | { type: 'reveal'; valueId: number; line: number; col: number; keepFocus?: boolean }
  | { type: 'view'; view: PanelView }
  | { type: 'clearLoss' }
  | { type: 'stop' }
  | { type: 'export'; format: 'svg' | 'png' | 'csv'; fileName: string; data: string }
  | { type: 'error'; message: string }
  /** The stepper wants steps from..from+count of a pass over the graph of `rootId`. */
  | { type: 'steps'; rootId: number; mode: StepMode; from: number; count: number };

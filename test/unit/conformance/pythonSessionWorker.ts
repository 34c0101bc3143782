// Runs the conformance programs in a session inside a worker thread started with the kernel's
// resource limits, as the editor and the CLI run them: its stack is the kernel worker's, so a
// deep recursion (sys.setrecursionlimit with micrograd's recursive build_topo) gives the same
// result every time, where mocha's own thread has a small stack that JIT state makes flaky.

import { opensModule } from '../../../src/kernel/opensModule';
import { relative, resolve } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { splitCells } from '../../../src/kernel/documentModel';
import type {
  FileContext,
  KernelEvent,
  ProgramExit,
  UserError,
} from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

/** A program to run: its folder (imports and `open()` start there), its main file and text. */
export interface SessionRequest {
  id: number;
  folder: string;
  main: string;
  source: string;
  /** The program's standard input (see pythonConformance.test.ts). */
  stdin: string;
}

export interface SessionReply {
  id: number;
  stdout: string;
  /** `FILE:LINE:COL: Kind: message`, or null when the program ran to its end. */
  error: string | null;
  /** How the program ended itself (an uncaught SystemExit), else null. */
  exit: ProgramExit | null;
}

/** An error as the CLI prints it: `file` names an imported module's file, else it is the program's. */
function errorLine(error: UserError, p: SessionRequest): string {
  const file =
    error.file === undefined ? p.main : relative(p.folder, resolve(p.folder, error.file));
  // An exception with no message prints its kind alone, as CPython's traceback does.
  const heading = error.message === '' ? error.kind : `${error.kind}: ${error.message}`;
  return `${file}:${error.line}:${error.col}: ${heading}`;
}

/** Where the program runs, as the CLI gives it: imports and `open()` start in its folder. */
function filesOf(p: SessionRequest): FileContext {
  return { folder: p.folder, roots: [p.folder], file: p.main, overlays: [] };
}

/** The lines of `text`, each with its end (the last may have none), then null: the end. */
function inputLines(text: string): () => string | null {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let next = 0;
  return () => (next < lines.length ? lines[next++] : null);
}

/** The program's cells run in one session, stopping at the first failing cell, as the CLI does. */
function runInSession(p: SessionRequest): SessionReply {
  let stdout = '';
  let error: string | null = null;
  let exit: ProgramExit | null = null;
  const emit = (e: KernelEvent): void => {
    if (e.type === 'stdout' && e.stream === undefined) stdout += e.text;
    else if (e.type === 'result') stdout += `${e.text}\n`;
    else if (e.type === 'error' && error === null) error = errorLine(e.error, p);
    else if (e.type === 'done' && e.exit !== undefined) {
      // The SystemExit's error event is what an editor shows; the program's end is the exit.
      exit = e.exit;
      error = null;
    }
  };
  const session = new Session({
    emit,
    maxGraphNodes: 5_000_000,
    maxRunMillis: 120_000,
    readLine: inputLines(p.stdin),
  });
  const files = filesOf(p);
  const cells = splitCells(p.source).filter((c) => c.kind === 'code' && c.hasCode);
  for (let i = 0; i < cells.length && error === null && exit === null; i++) {
    const cell = cells[i];
    session.run({
      type: 'run',
      runId: i + 1,
      cellId: String(i + 1),
      code: cell.body,
      firstLine: cell.firstLine,
      files,
      opensModule: opensModule(cells.slice(0, i).map((c) => c.body)),
    });
  }
  // However the program ended, CPython then drops its globals (closing their generators).
  session.handle({ type: 'end', runId: cells.length + 1, cellId: 'end' });
  return { id: p.id, stdout, error, exit };
}

const port = parentPort;
if (port !== null) {
  port.on('message', (p: SessionRequest) => port.postMessage(runInSession(p)));
}

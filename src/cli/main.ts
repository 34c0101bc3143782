// The `tgrad` command: runs a .tgrad file headless, for teaching, CI and scripts.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkSyntax, isCellMarker, splitCells, tabRuleOf } from '../kernel/documentModel';
import { KernelClient } from '../kernel/kernelClient';
import type { FileContext, KernelEvent, ProgramExit, UserError } from '../kernel/protocol';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { diagnosticText, type Located } from './diagnosticText';
import { escapeControls, OutputStream, writeFailure } from './outputStream';
import { exportFile, importFile } from './convert';
import { ProgressBar } from './progressBar';
import { decodeSource } from './sourceFile';
import { opensModule } from '../kernel/opensModule';

declare const TOYGRAD_VERSION: string | undefined;

/** Thrown when the file's bytes are not UTF-8: a SyntaxError at the first bad byte. */
class EncodingError extends Error {
  constructor(
    readonly file: string,
    readonly lines: string[],
    readonly where: Located,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function readSource(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code);
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  const source = decodeSource(bytes);
  if (source.error !== null) {
    const { line, col, message } = source.error;
    throw new EncodingError(file, source.text.split('\n'), { line, col }, message);
  }
  return source.text;
}

let failedWrite = false;
/** A write to stdout or stderr failed: one line on whichever stream still works, exit 1. */
function writeFailed(name: 'standard output' | 'standard error', e: NodeJS.ErrnoException): void {
  if (failedWrite) return;
  failedWrite = true;
  // `tgrad run x.tgrad | head` closes our stdout early: that is not an error.
  if (name === 'standard output' && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    const other = name === 'standard output' ? process.stderr : process.stdout;
    other.write(writeFailure(name, e));
  } catch {
    // Neither stream takes text: the exit status says it.
  }
  process.exit(1);
}

const out = new OutputStream(process.stdout, (e) => writeFailed('standard output', e));
const err = new OutputStream(process.stderr, (e) => writeFailed('standard error', e));

/** A diagnostic on stderr; source and message escaped on a terminal, carets still aligned. */
function diagnostic(file: string, lines: readonly string[], where: Located, heading: string): void {
  const shown = err.isTTY ? lines.map(escapeControls) : lines;
  const text = diagnosticText(
    file,
    shown,
    shiftedColumns(lines, where),
    err.isTTY ? escapeControls(heading) : heading,
  );
  err.raw(text);
}

/** Columns moved right by the escapes a terminal shows before them. */
function shiftedColumns(lines: readonly string[], where: Located): Located {
  if (!err.isTTY || where.line < 1 || where.line > lines.length) return where;
  const line = lines[where.line - 1];
  const shift = (col: number) => escapeControls(line.slice(0, Math.max(0, col - 1))).length + 1;
  return {
    ...where,
    col: shift(where.col),
    endCol:
      where.endCol !== undefined && (where.endLine ?? where.line) === where.line
        ? shift(where.endCol)
        : where.endCol,
  };
}

function check(file: string): number {
  const text = readSource(file);
  const lines = text.split('\n');
  const errors = checkSyntax(text, tabRuleOf(file));
  for (const e of errors) diagnostic(file, lines, e, `${e.kind}: ${e.message}`);
  return errors.length > 0 ? 1 : 0;
}

/**
 * Runs the file's code cells in a session hosted exactly as the editor hosts it (a
 * worker_thread with the kernel's heap and stack settings), so a program behaves the
 * same in both, down to how deep it may recurse.
 */
async function run(command: Extract<Command, { kind: 'run' }>): Promise<number> {
  const text = readSource(command.file);
  const lines = text.split('\n');
  const cells = splitCells(text).filter((c) => c.kind === 'code' && c.hasCode);
  // A .py file without `# %%` markers is a script, and python3 echoes no expression of a
  // script: its stdout must be python3's. A notebook (.tgrad, or a .py with cells) shows
  // each cell's result, as Jupyter does.
  const echoResults = !command.file.endsWith('.py') || lines.some(isCellMarker);
  if (command.cell !== null && command.cell > cells.length) {
    throw new UsageError(
      `${command.file} has ${cells.length} code cells; there is no cell ${command.cell}`,
    );
  }
  const progress = err.isTTY ? new ProgressBar((t) => err.raw(t)) : null;
  let quiet = false;
  let failed = false;
  /** The run's error, reported at its 'done' unless that says the program exited itself. */
  let error: UserError | null = null;
  let interrupted = false;
  /** Set when the program ended itself (sys.exit): the exit status the command returns. */
  let exit = null as ProgramExit | null;
  const emit = (event: KernelEvent): void => {
    switch (event.type) {
      case 'stdout':
        if (quiet) return;
        if (event.stream === 'stderr') {
          progress?.clear();
          err.text(event.text);
        } else out.text(event.text);
        return;
      case 'result':
        if (!quiet && echoResults) out.text(`${event.text}\n`);
        return;
      case 'progress':
        progress?.update(event.step, event.steps, event.loss);
        return;
      case 'warning':
        progress?.clear();
        diagnostic(command.file, lines, event, `warning: ${event.message}`);
        return;
      case 'error':
        progress?.clear();
        failed = true;
        error ??= event.error;
        interrupted ||= event.error.kind === 'KeyboardInterrupt';
        return;
      case 'done':
        progress?.clear();
        if (event.exit !== undefined) {
          // An uncaught SystemExit ends the program quietly, as CPython: only a code that is
          // not an int is printed, and the status is the program's.
          exit = event.exit;
          if (exit.message !== null) err.text(`${exit.message}\n`);
        } else if (error !== null) reportError(command.file, lines, error);
        error = null;
        return;
      default:
        return;
    }
  };
  const kernel = new KernelClient({
    workerPath: join(__dirname, 'worker.js'),
    maxGraphNodes: command.maxNodes,
    maxRunMillis: command.maxSeconds * 1000,
    input: 'process',
  });
  kernel.onEvent(emit);
  const folder = dirname(resolve(command.file));
  const files: FileContext = {
    folder,
    roots: [folder],
    file: command.file,
    args: command.args,
    overlays: [],
    maxFileBytes: Math.floor(command.maxFileMegabytes * 1024 * 1024),
  };
  try {
    const last = command.cell ?? cells.length;
    let status: number | null = null;
    for (let i = 0; i < last && status === null; i++) {
      quiet = command.cell !== null && i < last - 1;
      const above = cells.slice(0, i).map((c) => c.body);
      kernel.run(
        String(i + 1),
        cells[i].body,
        cells[i].firstLine,
        files,
        undefined,
        opensModule(above),
      );
      await kernel.whenIdle();
      if (exit !== null) status = exit.status;
      // CPython ends on an uncaught KeyboardInterrupt as killed by SIGINT: 130 to a shell.
      else if (failed) status = interrupted ? 130 : 1;
    }
    // However it ended, CPython then drops the program's globals: generators they alone held
    // are closed, and what their `finally` blocks print comes last.
    quiet = false;
    kernel.endProgram();
    await kernel.whenIdle();
    return status ?? 0;
  } finally {
    await kernel.dispose();
  }
}

/** An error in the file run, or in a module it imported (`error.file`, from its folder). */
function reportError(file: string, lines: readonly string[], error: UserError): void {
  // A bare `raise StopIteration` has no message: Python prints the kind alone.
  const heading = error.message === '' ? error.kind : `${error.kind}: ${error.message}`;
  reportAt(file, lines, error, heading);
  // Its notes (add_note) end the report, one a line, as CPython ends its traceback.
  for (const note of error.notes ?? []) err.text(`${note}\n`);
}

function reportAt(file: string, lines: readonly string[], error: UserError, heading: string): void {
  if (error.file === undefined) return diagnostic(file, lines, error, heading);
  const path = join(dirname(file), error.file);
  let moduleLines: string[] = [];
  try {
    moduleLines = readFileSync(path, 'utf8').split('\n');
  } catch {
    // The module is gone since: the position is still worth printing.
  }
  diagnostic(path, moduleLines, error, heading);
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        out.raw(USAGE);
        return 0;
      case 'version':
        out.raw(`tgrad ${typeof TOYGRAD_VERSION === 'string' ? TOYGRAD_VERSION : 'dev'}\n`);
        return 0;
      case 'check':
        return check(command.file);
      case 'run':
        return await run(command);
      case 'export':
        return await exportFile(command);
      case 'import':
        return importFile(command);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err.text(`tgrad: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof EncodingError) {
      diagnostic(e.file, e.lines, e.where, `SyntaxError: ${e.reason}`);
      return 1;
    }
    // A bug of ours: say so in one line, without a stack trace in a learner's face.
    err.text(`tgrad: internal error: ${(e as Error).message ?? String(e)}\n`);
    return 70;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

// The `tgrad` command: runs a .tgrad file headless, for teaching, CI and scripts.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkSyntax, splitCells } from '../kernel/documentModel';
import { KernelClient } from '../kernel/kernelClient';
import type { FileContext, KernelEvent, UserError } from '../kernel/protocol';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { diagnosticText } from './diagnosticText';
import { ProgressBar } from './progressBar';

declare const TOYGRAD_VERSION: string | undefined;

function readSource(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code);
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

function check(file: string): number {
  const text = readSource(file);
  const lines = text.split('\n');
  const errors = checkSyntax(text);
  for (const e of errors) {
    process.stderr.write(diagnosticText(file, lines, e, `${e.kind}: ${e.message}`));
  }
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
  if (command.cell !== null && command.cell > cells.length) {
    throw new UsageError(
      `${command.file} has ${cells.length} code cells; there is no cell ${command.cell}`,
    );
  }
  const progress = process.stderr.isTTY ? new ProgressBar((t) => process.stderr.write(t)) : null;
  let quiet = false;
  let failed = false;
  const emit = (event: KernelEvent): void => {
    switch (event.type) {
      case 'stdout':
        if (!quiet) process.stdout.write(event.text);
        return;
      case 'result':
        if (!quiet) process.stdout.write(`${event.text}\n`);
        return;
      case 'progress':
        progress?.update(event.step, event.steps, event.loss);
        return;
      case 'warning':
        progress?.clear();
        process.stderr.write(
          diagnosticText(command.file, lines, event, `warning: ${event.message}`),
        );
        return;
      case 'error':
        progress?.clear();
        failed = true;
        process.stderr.write(errorText(command.file, lines, event.error));
        return;
      case 'done':
        progress?.clear();
        return;
      default:
        return;
    }
  };
  const kernel = new KernelClient({
    workerPath: join(__dirname, 'worker.js'),
    maxGraphNodes: command.maxNodes,
    maxRunMillis: command.maxSeconds * 1000,
  });
  kernel.onEvent(emit);
  const folder = dirname(resolve(command.file));
  const files: FileContext = {
    folder,
    roots: [folder],
    file: command.file,
    overlays: [],
    maxFileBytes: Math.floor(command.maxFileMegabytes * 1024 * 1024),
  };
  try {
    const last = command.cell ?? cells.length;
    for (let i = 0; i < last; i++) {
      quiet = command.cell !== null && i < last - 1;
      kernel.run(String(i + 1), cells[i].body, cells[i].firstLine, files);
      await kernel.whenIdle();
      if (failed) return 1;
    }
    return 0;
  } finally {
    await kernel.dispose();
  }
}

/** An error in the file run, or in a module it imported (`error.file`, from its folder). */
function errorText(file: string, lines: readonly string[], error: UserError): string {
  const heading = `${error.kind}: ${error.message}`;
  if (error.file === undefined) return diagnosticText(file, lines, error, heading);
  const path = join(dirname(file), error.file);
  let moduleLines: string[] = [];
  try {
    moduleLines = readFileSync(path, 'utf8').split('\n');
  } catch {
    // The module is gone since: the position is still worth printing.
  }
  return diagnosticText(path, moduleLines, error, heading);
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        process.stdout.write(USAGE);
        return 0;
      case 'version':
        process.stdout.write(
          `tgrad ${typeof TOYGRAD_VERSION === 'string' ? TOYGRAD_VERSION : 'dev'}\n`,
        );
        return 0;
      case 'check':
        return check(command.file);
      case 'run':
        return await run(command);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tgrad: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    // A bug of ours: say so in one line, without a stack trace in a learner's face.
    process.stderr.write(`tgrad: internal error: ${(e as Error).message ?? String(e)}\n`);
    return 70;
  }
}

// `tgrad run x.tgrad | head` closes our stdout early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

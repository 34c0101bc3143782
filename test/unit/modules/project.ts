// A folder of files for a test program (a notebook and its modules), run through a Session
// with the file context the editor and the CLI give it, or through dist/cli.js.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { splitCells } from '../../../src/kernel/documentModel';
import type { FileContext, KernelEvent, UserError } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

const cli = join(__dirname, '../../../../dist/cli.js');

/** Writes `files` (path → text) under a new temporary folder and returns the folder. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tgrad-modules-'));
  write(dir, files);
  return dir;
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export interface Run {
  stdout: string;
  error: UserError | null;
}

/** A session for the notebook `main` of `dir`: run(code) runs one cell, as the editor does. */
export function notebook(dir: string, main = 'main.py', overlays: FileContext['overlays'] = []) {
  const events: KernelEvent[] = [];
  const session = new Session({
    emit: (e) => events.push(e),
    maxGraphNodes: 1_000_000,
    maxRunMillis: 60_000,
  });
  const files: FileContext = { folder: dir, roots: [dir], file: join(dir, main), overlays };
  let runId = 0;
  const run = (code: string, firstLine = 1): Run => {
    events.length = 0;
    session.handle({ type: 'run', runId: ++runId, cellId: String(runId), code, firstLine, files });
    let stdout = '';
    let error: UserError | null = null;
    for (const e of events) {
      if (e.type === 'stdout' && e.stream === undefined) stdout += e.text;
      if (e.type === 'result') stdout += `${e.text}\n`;
      if (e.type === 'error') error = e.error;
    }
    return { stdout, error };
  };
  return { run, files };
}

/** Runs every code cell of `dir/main` in one session, stopping at the first error. */
export function runFile(dir: string, main: string, text: string): Run {
  const { run } = notebook(dir, main);
  let stdout = '';
  for (const cell of splitCells(text).filter((c) => c.kind === 'code' && c.hasCode)) {
    const r = run(cell.body, cell.firstLine);
    stdout += r.stdout;
    if (r.error !== null) return { stdout, error: r.error };
  }
  return { stdout, error: null };
}

/** `tgrad run FILE` in `dir`. */
export function tgradRun(dir: string, file: string, ...options: string[]) {
  const r = spawnSync(process.execPath, [cli, 'run', file, ...options], {
    encoding: 'utf8',
    cwd: dir,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

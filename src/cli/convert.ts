// `tgrad export FILE --to ipynb|py` and `tgrad import FILE.ipynb`: the conversions of
// src/kernel/ipynb.ts and src/kernel/pythonExport.ts, with files, and with a run of the file
// in a worker session when the notebook should carry outputs.

import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { splitCells } from '../kernel/documentModel';
import { fromIpynb, IpynbError, toIpynb, type CellRun } from '../kernel/ipynb';
import { CellOutputs } from '../kernel/ipynbOutputs';
import { KernelClient } from '../kernel/kernelClient';
import { BUILTINS_MODULE, toPython } from '../kernel/pythonExport';
import type { Command } from './args';
import { UsageError } from './args';
import { diagnosticText } from './diagnosticText';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code);
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}

function withExtension(file: string, ext: string): string {
  return join(dirname(file), `${basename(file, extname(file))}${ext}`);
}

/** The shipped Python module: `python/` beside `dist/` in the extension and the package. */
export function builtinsModulePath(): string {
  return join(__dirname, '..', 'python', `${BUILTINS_MODULE}.py`);
}

/** Runs every code cell as `tgrad run` does and keeps each cell's outputs. */
async function runCells(file: string, text: string): Promise<Map<number, CellRun>> {
  const cells = splitCells(text).filter((c) => c.kind === 'code' && c.hasCode);
  const runs = new Map<number, CellRun>();
  const kernel = new KernelClient({
    workerPath: join(__dirname, 'worker.js'),
    maxGraphNodes: 5_000_000,
    maxRunMillis: 600_000,
  });
  let current: CellOutputs | null = null;
  let failed = false;
  kernel.onEvent((event) => {
    current?.add(event);
    if (event.type === 'error') failed = true;
  });
  try {
    for (let i = 0; i < cells.length && !failed; i++) {
      current = new CellOutputs(basename(file), i + 1);
      runs.set(i + 1, { executionCount: i + 1, outputs: current.outputs });
      kernel.run(String(i + 1), cells[i].body, cells[i].firstLine);
      await kernel.whenIdle();
    }
  } finally {
    await kernel.dispose();
  }
  return runs;
}

function write(out: string, text: string): void {
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out}\n`);
}

export async function exportFile(command: Extract<Command, { kind: 'export' }>): Promise<number> {
  const text = read(command.file);
  if (command.to === 'ipynb') {
    const runs = command.outputs ? await runCells(command.file, text) : new Map<number, CellRun>();
    write(command.out ?? withExtension(command.file, '.ipynb'), toIpynb(text, runs));
    return 0;
  }
  const out = command.out ?? withExtension(command.file, '.py');
  if (out === command.file) throw new UsageError(`${out} would overwrite the file itself`);
  const exported = toPython(text, basename(command.file));
  if (!exported.ok) {
    const e = exported.error;
    process.stderr.write(
      diagnosticText(command.file, text.split('\n'), e, `${e.kind}: ${e.message}`),
    );
    return 1;
  }
  write(out, exported.text);
  const module = join(dirname(out), `${BUILTINS_MODULE}.py`);
  copyFileSync(builtinsModulePath(), module);
  process.stdout.write(`wrote ${module}\n`);
  return 0;
}

export function importFile(command: Extract<Command, { kind: 'import' }>): number {
  const out = command.out ?? withExtension(command.file, '.tgrad');
  if (existsSync(out) && !command.force) {
    throw new UsageError(`${out} exists; give --force to replace it, or -o OUT`);
  }
  let text: string;
  try {
    text = fromIpynb(read(command.file));
  } catch (e) {
    if (e instanceof IpynbError) {
      process.stderr.write(`${command.file}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  write(out, text);
  return 0;
}

// Conformance of pure Python programs to CPython: every test/conformance/python/programs/NAME.py
// (or NAME/main.py, with its local modules, packages and data files beside it) must print
// exactly expected/NAME.out and, when it fails, report exactly expected/NAME.err
// (`FILE:LINE:COL: Kind: message`, FILE relative to the program's folder). The expectations were
// produced by CPython 3.11 (test/conformance/python/generate-expected.py); no Python is needed.
//
// The language grows into these programs feature by feature, so PENDING.txt names the programs
// that are not expected to pass yet, each with the feature it waits for. A pending program still
// runs, and is reported as pending; one that passes fails its test, so that the list can only
// shrink. Every other program runs in a session, as the editor runs a `.py` file; the programs
// that pass run through `tgrad run` too (a sample: the first few of each category).

import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { splitCells } from '../../../src/kernel/documentModel';
import type { FileContext, KernelEvent, UserError } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

const repo = join(__dirname, '../../../..');
const root = join(repo, 'test/conformance/python');
const programsDir = join(root, 'programs');
const expectedDir = join(root, 'expected');
const pendingPath = join(root, 'PENDING.txt');
const cli = join(repo, 'dist/cli.js');

/** How many programs of each category (the name up to its first `_`) run through the CLI. */
const CLI_PER_CATEGORY = 3;

interface Outcome {
  stdout: string;
  /** `FILE:LINE:COL: Kind: message`, or null when the program ran to its end. */
  error: string | null;
}

interface Program {
  name: string;
  /** The folder the program runs in: its imports and `open()` paths are relative to it. */
  folder: string;
  /** The file that is the program, relative to `folder`: `NAME.py` or `main.py`. */
  main: string;
  source: string;
  expected: Outcome;
}

function load(): Program[] {
  return readdirSync(programsDir)
    .filter((entry) => !entry.startsWith('.') && entry !== '__pycache__')
    .sort()
    .map((entry) => {
      const isFolder = statSync(join(programsDir, entry)).isDirectory();
      const name = isFolder ? entry : entry.replace(/\.py$/, '');
      const folder = isFolder ? join(programsDir, entry) : programsDir;
      const main = isFolder ? 'main.py' : entry;
      const errPath = join(expectedDir, `${name}.err`);
      return {
        name,
        folder,
        main,
        source: readFileSync(join(folder, main), 'utf8'),
        expected: {
          stdout: readFileSync(join(expectedDir, `${name}.out`), 'utf8'),
          error: existsSync(errPath) ? readFileSync(errPath, 'utf8').trimEnd() : null,
        },
      };
    });
}

/** PENDING.txt: `NAME: what it waits for` per line; `#` starts a comment. */
function loadPending(): Map<string, string> {
  const pending = new Map<string, string>();
  if (!existsSync(pendingPath)) return pending;
  for (const raw of readFileSync(pendingPath, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    const name = (colon < 0 ? line : line.slice(0, colon)).trim();
    pending.set(name, colon < 0 ? '' : line.slice(colon + 1).trim());
  }
  return pending;
}

/** An error as the CLI prints it: `file` names an imported module's file, else it is the program's. */
function errorLine(error: UserError, p: Program): string {
  const file =
    error.file === undefined ? p.main : relative(p.folder, resolve(p.folder, error.file));
  // An exception with no message prints its kind alone, as CPython's traceback does.
  const heading = error.message === '' ? error.kind : `${error.kind}: ${error.message}`;
  return `${file}:${error.line}:${error.col}: ${heading}`;
}

/** Where the program runs, as the CLI gives it: imports and `open()` start in its folder. */
function filesOf(p: Program): FileContext {
  return { folder: p.folder, roots: [p.folder], file: join(p.folder, p.main), overlays: [] };
}

/** The program's cells run in one session, stopping at the first failing cell, as the CLI does. */
function runInSession(p: Program): Outcome {
  let stdout = '';
  let error: string | null = null;
  const emit = (e: KernelEvent): void => {
    if (e.type === 'stdout') stdout += e.text;
    else if (e.type === 'result') stdout += `${e.text}\n`;
    else if (e.type === 'error' && error === null) error = errorLine(e.error, p);
  };
  const session = new Session({ emit, maxGraphNodes: 5_000_000, maxRunMillis: 120_000 });
  const files = filesOf(p);
  const cells = splitCells(p.source).filter((c) => c.kind === 'code' && c.hasCode);
  for (let i = 0; i < cells.length && error === null; i++) {
    const cell = cells[i];
    session.run({
      type: 'run',
      runId: i + 1,
      cellId: String(i + 1),
      code: cell.body,
      firstLine: cell.firstLine,
      files,
    });
  }
  return { stdout, error };
}

interface CliOutcome extends Outcome {
  status: number | null;
}

const CLI_ERROR = /^(.+?):(\d+:\d+: \w+(?:: .*)?)$/;

function runCli(p: Program): Promise<CliOutcome> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cli, 'run', p.main],
      { cwd: p.folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        let error: string | null = null;
        for (const line of stderr.split('\n')) {
          const m = CLI_ERROR.exec(line);
          if (m === null || /^\d+:\d+: warning: /.test(m[2])) continue;
          error = `${relative(p.folder, resolve(p.folder, m[1]))}:${m[2]}`.trimEnd();
          break;
        }
        done({
          stdout,
          error,
          status: err === null ? 0 : typeof err.code === 'number' ? err.code : null,
        });
      },
    );
  });
}

/** Runs `jobs` with at most `width` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return results;
}

function cliSample(passing: Program[]): Program[] {
  const perCategory = new Map<string, number>();
  return passing.filter((p) => {
    const category = p.name.split('_')[0];
    const seen = perCategory.get(category) ?? 0;
    perCategory.set(category, seen + 1);
    return seen < CLI_PER_CATEGORY;
  });
}

describe('python conformance: pure Python programs run as CPython runs them', function () {
  this.timeout(180_000);
  const all = load();
  const pending = loadPending();

  it('has an expectation for every program, a program for every expectation and pending name', () => {
    const names = new Set(all.map((p) => p.name));
    for (const f of readdirSync(expectedDir)) {
      assert.ok(names.has(f.replace(/\.(out|err)$/, '')), `expected/${f} has no program`);
    }
    for (const name of pending.keys()) {
      assert.ok(names.has(name), `PENDING.txt names ${name}, which is not a program`);
    }
    assert.ok(all.length >= 300, `only ${all.length} programs`);
  });

  describe('in a session', () => {
    for (const p of all) {
      const waitsFor = pending.get(p.name);
      it(p.name, function () {
        const outcome = runInSession(p);
        if (waitsFor === undefined) {
          assert.deepEqual(outcome, p.expected);
          return;
        }
        const passes = outcome.stdout === p.expected.stdout && outcome.error === p.expected.error;
        assert.ok(!passes, `${p.name} passes: remove it from PENDING.txt (${waitsFor})`);
        this.skip();
      });
    }
  });

  describe('through `tgrad run`', function () {
    const sample = cliSample(all.filter((p) => !pending.has(p.name)));
    let results: CliOutcome[] = [];
    before(async function () {
      this.timeout(180_000);
      assert.ok(existsSync(cli), 'dist/cli.js is missing: run node scripts/build.mjs first');
      results = await pool(
        sample.map((p) => () => runCli(p)),
        Math.max(2, cpus().length),
      );
    });
    sample.forEach((p, i) => {
      it(p.name, () => {
        const r = results[i];
        assert.equal(r.stdout, p.expected.stdout);
        assert.equal(r.error, p.expected.error);
        assert.equal(r.status, p.expected.error === null ? 0 : 1);
      });
    });
  });
});

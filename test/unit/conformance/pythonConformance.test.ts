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
// that pass run through `tgrad run` too (a sample: the first few of each category). Sessions run
// in a worker with the kernel's resource limits (its stack), as the editor runs them.

import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { KERNEL_RESOURCE_LIMITS } from '../../../src/kernel/kernelClient';
import type { ProgramExit } from '../../../src/kernel/protocol';
import type { SessionReply, SessionRequest } from './pythonSessionWorker';

const repo = join(__dirname, '../../../..');
const root = join(repo, 'test/conformance/python');
const programsDir = join(root, 'programs');
const expectedDir = join(root, 'expected');
const pendingPath = join(root, 'PENDING.txt');
const cli = join(repo, 'dist/cli.js');

/**
 * How many programs of each category (the name up to its first `_`) run through the CLI,
 * besides every program that ends with sys.exit.
 */
const CLI_PER_CATEGORY = 3;

/** Beside a folder program's main.py: what it reads from its standard input. */
const STDIN = 'stdin.txt';
/** What stands for the program's folder in an expected output (generate-expected.py's FOLDER_MARK). */
const FOLDER_MARK = '<folder>/';

interface Outcome {
  stdout: string;
  /** `FILE:LINE:COL: Kind: message`, or null when the program ran to its end. */
  error: string | null;
  /** How the program ended itself (an uncaught SystemExit): expected/NAME.exit. */
  exit: ProgramExit | null;
}

/** expected/NAME.exit: the exit status on its first line, then what is printed on stderr. */
function readExit(path: string): ProgramExit | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const newline = text.indexOf('\n');
  const printed = text.slice(newline + 1);
  return {
    status: Number(text.slice(0, newline)),
    message: printed === '' ? null : printed.replace(/\n$/, ''),
  };
}

interface Program {
  name: string;
  /** The folder the program runs in: its imports and `open()` paths are relative to it. */
  folder: string;
  /** The file that is the program, relative to `folder`: `NAME.py` or `main.py`. */
  main: string;
  source: string;
  /** The program's standard input: a folder program's stdin.txt, else none (''). */
  stdin: string;
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
        stdin:
          isFolder && existsSync(join(folder, STDIN))
            ? readFileSync(join(folder, STDIN), 'utf8')
            : '',
        expected: {
          stdout: readFileSync(join(expectedDir, `${name}.out`), 'utf8'),
          error: existsSync(errPath) ? readFileSync(errPath, 'utf8').trimEnd() : null,
          exit: readExit(join(expectedDir, `${name}.exit`)),
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

/**
 * `stdout` with the program's folder (and its separator), as a traceback shows it, written as
 * generate-expected.py writes it.
 */
function withFolderMark(stdout: string, folder: string): string {
  return stdout.split(folder + sep).join(FOLDER_MARK);
}

/** One worker with the kernel's resource limits runs every program's session, one at a time. */
class SessionRunner {
  private readonly worker = new Worker(join(__dirname, 'pythonSessionWorker.js'), {
    resourceLimits: KERNEL_RESOURCE_LIMITS,
  });
  private readonly waiting = new Map<number, (r: SessionReply) => void>();
  private nextId = 1;

  constructor() {
    this.worker.on('message', (r: SessionReply) => {
      this.waiting.get(r.id)?.(r);
      this.waiting.delete(r.id);
    });
  }

  run(p: Program): Promise<Outcome> {
    const request: SessionRequest = {
      id: this.nextId++,
      folder: p.folder,
      main: p.main,
      source: p.source,
      stdin: p.stdin,
    };
    return new Promise((done, fail) => {
      this.worker.once('error', fail);
      this.waiting.set(request.id, (r) => {
        this.worker.off('error', fail);
        done({ stdout: withFolderMark(r.stdout, p.folder), error: r.error, exit: r.exit });
      });
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

interface CliOutcome {
  stdout: string;
  error: string | null;
  stderr: string;
  status: number | null;
}

const CLI_ERROR = /^(.+?):(\d+:\d+: \w+(?:: .*)?)$/;

function runCli(p: Program): Promise<CliOutcome> {
  return new Promise((done) => {
    const child = execFile(
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
          stdout: withFolderMark(stdout, p.folder),
          error,
          stderr,
          status: err === null ? 0 : typeof err.code === 'number' ? err.code : null,
        });
      },
    );
    // Its input, then the end of it: a program that reads more gets EOFError, as under CPython.
    child.stdin?.end(p.stdin);
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
    // Every program that ends itself with sys.exit: its exit status is the CLI's to give.
    return seen < CLI_PER_CATEGORY || p.expected.exit !== null;
  });
}

describe('python conformance: pure Python programs run as CPython runs them', function () {
  this.timeout(180_000);
  const all = load();
  const pending = loadPending();

  it('has an expectation for every program, a program for every expectation and pending name', () => {
    const names = new Set(all.map((p) => p.name));
    for (const f of readdirSync(expectedDir)) {
      assert.ok(names.has(f.replace(/\.(out|err|exit)$/, '')), `expected/${f} has no program`);
    }
    for (const name of pending.keys()) {
      assert.ok(names.has(name), `PENDING.txt names ${name}, which is not a program`);
    }
    assert.ok(all.length >= 300, `only ${all.length} programs`);
  });

  describe('in a session', () => {
    let runner: SessionRunner;
    before(() => {
      runner = new SessionRunner();
    });
    after(async () => {
      await runner.close();
    });
    for (const p of all) {
      const waitsFor = pending.get(p.name);
      it(p.name, async function () {
        const outcome = await runner.run(p);
        if (waitsFor === undefined) {
          assert.deepEqual(outcome, p.expected);
          return;
        }
        const passes =
          outcome.stdout === p.expected.stdout &&
          outcome.error === p.expected.error &&
          JSON.stringify(outcome.exit) === JSON.stringify(p.expected.exit);
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
        const exit = p.expected.exit;
        if (exit !== null) {
          // sys.exit: CPython's status, and on stderr only what it prints for the code.
          assert.equal(r.status, exit.status);
          assert.equal(r.stderr, exit.message === null ? '' : `${exit.message}\n`);
          return;
        }
        assert.equal(r.error, p.expected.error);
        assert.equal(r.status, p.expected.error === null ? 0 : 1);
      });
    });
  });
});

// Conformance to CPython: every test/conformance/programs/NAME.tgrad must print exactly
// expected/NAME.out and, when it fails, report exactly expected/NAME.err (`LINE:COL: Kind:
// message`). The expectations were produced by CPython running the same text with the tgrad
// built-ins written in Python (test/conformance/generate-expected.py); no Python is needed here.
//
// Every program runs in a session in this process, as the CLI and the editor run cells; the
// CLI itself (`tgrad run`, in its worker) runs the programs that print without failing and the
// first two of each error kind, so that its stdout and `FILE:LINE:COL: Kind: message` line are
// checked end to end without spending a second per program on process start-up.

import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { splitCells } from '../../../src/kernel/documentModel';
import type { KernelEvent } from '../../../src/kernel/protocol';
import { Session } from '../../../src/kernel/session';

const repo = join(__dirname, '../../../..');
const root = join(repo, 'test/conformance');
const programs = join(root, 'programs');
const expectedDir = join(root, 'expected');
const cli = join(repo, 'dist/cli.js');

interface Outcome {
  stdout: string;
  /** `LINE:COL: Kind: message`, or null when the program ran to its end. */
  error: string | null;
}

interface Program {
  name: string;
  source: string;
  expected: Outcome;
}

function load(): Program[] {
  return readdirSync(programs)
    .filter((f) => f.endsWith('.tgrad'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.tgrad'.length);
      const errPath = join(expectedDir, `${name}.err`);
      return {
        name,
        source: readFileSync(join(programs, file), 'utf8'),
        expected: {
          stdout: readFileSync(join(expectedDir, `${name}.out`), 'utf8'),
          error: existsSync(errPath) ? readFileSync(errPath, 'utf8').trimEnd() : null,
        },
      };
    });
}

/** The program's cells run in one session, stopping at the first failing cell, as the CLI does. */
function runInSession(source: string, tape?: boolean): Outcome {
  let stdout = '';
  let error: string | null = null;
  const emit = (e: KernelEvent): void => {
    if (e.type === 'stdout' && e.stream === undefined) stdout += e.text;
    else if (e.type === 'result') stdout += `${e.text}\n`;
    else if (e.type === 'error' && error === null) {
      const { kind, message } = e.error;
      error = `${e.error.line}:${e.error.col}: ${message === '' ? kind : `${kind}: ${message}`}`;
    }
  };
  const session = new Session({ emit, maxGraphNodes: 5_000_000, maxRunMillis: 600_000, tape });
  const cells = splitCells(source).filter((c) => c.kind === 'code' && c.hasCode);
  for (let i = 0; i < cells.length && error === null; i++) {
    const cell = cells[i];
    session.run({
      type: 'run',
      runId: i + 1,
      cellId: String(i + 1),
      code: cell.body,
      firstLine: cell.firstLine,
    });
  }
  return { stdout, error };
}

interface CliOutcome extends Outcome {
  status: number | null;
}

function runCli(name: string): Promise<CliOutcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, 'run', `${name}.tgrad`],
      { cwd: programs, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const prefix = `${name}.tgrad:`;
        const line = stderr
          .split('\n')
          .find((l) => l.startsWith(prefix) && !/^\d+:\d+: warning: /.test(l.slice(prefix.length)));
        resolve({
          stdout,
          error: line === undefined ? null : line.slice(prefix.length),
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

/** The programs the CLI runs too: those that do not fail, and the first two of each error kind. */
function cliSample(all: Program[]): Program[] {
  const perKind = new Map<string, number>();
  return all.filter((p) => {
    if (p.expected.error === null) return true;
    const kind = /^\d+:\d+: (\w+)/.exec(p.expected.error)?.[1] ?? '';
    const seen = perKind.get(kind) ?? 0;
    perKind.set(kind, seen + 1);
    return seen < 2;
  });
}

describe('conformance: programs print and fail exactly as CPython runs them', function () {
  this.timeout(180_000);
  const all = load();

  it('has an expectation for every program and a program for every expectation', () => {
    const names = new Set(all.map((p) => p.name));
    for (const f of readdirSync(expectedDir)) {
      assert.ok(names.has(f.replace(/\.(out|err)$/, '')), `expected/${f} has no program`);
    }
    assert.ok(all.length >= 100, `only ${all.length} programs`);
  });

  describe('in a session', () => {
    for (const p of all) {
      it(p.name, () => {
        assert.deepEqual(runInSession(p.source), p.expected);
      });
    }
  });

  // The engine's reference path (no fused neurons, no replayed train steps) prints the same,
  // run for the programs whose graphs the optimisations change (the others cannot differ).
  describe('in a session with the tape off', () => {
    for (const p of all.filter((q) => /\b(MLP|Neuron|Layer|train)\(/.test(q.source))) {
      it(p.name, () => {
        assert.deepEqual(runInSession(p.source, false), p.expected);
      });
    }
  });

  describe('through `tgrad run`', function () {
    const sample = cliSample(all);
    let results: CliOutcome[] = [];
    before(async function () {
      this.timeout(180_000);
      assert.ok(existsSync(cli), 'dist/cli.js is missing: run node scripts/build.mjs first');
      results = await pool(
        sample.map((p) => () => runCli(p.name)),
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

// Runs tgrad code in a fresh interpreter with a recording host, for the language tests.

import type { Value } from '../../../src/engine';
import {
  Interpreter,
  type CellOutcome,
  type InterpreterLimits,
} from '../../../src/lang/interpreter';
import type { BoundaryData, RunHost } from '../../../src/lang/host';

export interface Recorded {
  out: string;
  logs: [string, number][];
  draws: Value[];
  plots: { name: string; xs: number[]; ys: number[] }[];
  boundaries: BoundaryData[];
  steps: [number, number, number][];
  warnings: { message: string; line: number; col: number }[];
  polls: number;
}

export class RecordingHost implements RunHost {
  readonly rec: Recorded = {
    out: '',
    logs: [],
    draws: [],
    plots: [],
    boundaries: [],
    steps: [],
    warnings: [],
    polls: 0,
  };
  /** Stop once shouldStop has been asked this many times (never when null). */
  stopAfterPolls: number | null = null;

  print(text: string): void {
    this.rec.out += text;
  }
  log(name: string, value: number): void {
    this.rec.logs.push([name, value]);
  }
  draw(v: Value): void {
    this.rec.draws.push(v);
  }
  plot(name: string, xs: number[], ys: number[]): void {
    this.rec.plots.push({ name, xs, ys });
  }
  boundary(b: BoundaryData): void {
    this.rec.boundaries.push(b);
  }
  trainStep(step: number, steps: number, loss: number): void {
    this.rec.steps.push([step, steps, loss]);
  }
  warn(message: string, line: number, col: number): void {
    this.rec.warnings.push({ message, line, col });
  }
  shouldStop(): boolean {
    this.rec.polls++;
    return this.stopAfterPolls !== null && this.rec.polls > this.stopAfterPolls;
  }
}

export interface Run extends Recorded {
  outcome: CellOutcome;
  interpreter: Interpreter;
  host: RecordingHost;
}

/** Runs `code` (whose first line is file line `firstLine`) in a new interpreter. */
export function run(code: string, firstLine = 1, limits: InterpreterLimits = {}): Run {
  const host = new RecordingHost();
  const interpreter = new Interpreter(host, limits);
  const outcome = interpreter.runCell(code, firstLine);
  return { ...host.rec, outcome, interpreter, host };
}

/** What the program printed; fails the test with the error if it raised one. */
export function output(code: string): string {
  const r = run(code);
  if (r.outcome.error !== null) {
    const e = r.outcome.error;
    throw new Error(
      `unexpected ${e.kind} at ${e.line}:${e.col}: ${e.message}\n(printed: ${r.out})`,
    );
  }
  return r.out;
}

/** The error a program stops with, as "Kind: message @line:col". */
export function errorOf(code: string, firstLine = 1, limits: InterpreterLimits = {}): string {
  const e = run(code, firstLine, limits).outcome.error;
  if (e === null) return 'no error';
  return `${e.kind}: ${e.message} @${e.line}:${e.col}`;
}

/** Dedents a template literal so test programs can be indented with the test code. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings.reduce(
    (acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''),
    '',
  );
  text = text.replace(/^\n/, '').replace(/\n[ ]*$/, '\n');
  const indents = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => /^ */.exec(l)![0].length);
  const cut = Math.min(...indents);
  return text
    .split('\n')
    .map((l) => l.slice(cut))
    .join('\n');
}

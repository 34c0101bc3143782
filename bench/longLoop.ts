// The demo step as a user runs it: one cell, a long `for` loop written in tgrad, the garbage
// of every step paid inside the loop (no collection between timed blocks). Two measures:
// - per step, inside one run: the program calls log() after each step and the host stamps
//   the time, so the bench gets every step's duration (median and p90 of the steady steps);
// - `tgrad run` itself, the CLI in its kernel worker: a long run minus a short one, so that
//   start-up cancels (a mean per step, as a user times a script).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Interpreter, type RunHost } from '../src/lang/interpreter';
import { SETUP, STEP } from './demoStepTgrad';
import { median, percentile } from './stats';

/** Steps of the long loop, and the first ones left out as warm-up (JIT, heap growth). */
export const LOOP_STEPS = 240;
export const LOOP_WARMUP = 40;

/**
 * The setup, then `steps` demo steps in one loop, each followed by `log(loss, "step")`. The
 * demo's learning-rate decay restarts every 100 steps (it would turn negative after 111).
 */
export function loopProgram(steps: number): string {
  const body = STEP.replace('0.9 * k / 100', '0.9 * (k % 100) / 100')
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  return `${SETUP}for _ in range(${steps}):\n${body}\n    log(total_loss.data, "step")\nprint(total_loss.data)\n`;
}

export interface LoopTimes {
  median: number;
  p90: number;
  /** Losses at each step (to check the loop computes the demo's numbers). */
  losses: number[];
}

/** Runs the long loop in this thread's interpreter, stamping the time at each step's log(). */
export function timeLongLoop(steps = LOOP_STEPS, warmup = LOOP_WARMUP): LoopTimes {
  const stamps: number[] = [];
  const losses: number[] = [];
  const host: RunHost = {
    print: () => {},
    log: (_name, value) => {
      stamps.push(performance.now());
      losses.push(value);
    },
    draw: () => {},
    plot: () => {},
    boundary: () => {},
    trainStep: () => {},
    warn: () => {},
    shouldStop: () => false,
  };
  const interpreter = new Interpreter(host);
  const outcome = interpreter.runCell(loopProgram(steps), 1);
  if (outcome.error !== null) throw new Error(`long loop failed: ${outcome.error.message}`);
  const durations: number[] = [];
  for (let i = warmup + 1; i < stamps.length; i++) durations.push(stamps[i] - stamps[i - 1]);
  return { median: median(durations), p90: percentile(durations, 90), losses };
}

/** Wall time of `tgrad run` (the built CLI) on a file, in ms. */
function cliMillis(cli: string, file: string): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, 'run', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
}

/**
 * Mean ms per step of `tgrad run`: (long run − short run) / (difference in steps), each run
 * taken as the fastest of `repeats` (the machine is shared).
 */
export function cliPerStep(
  cli: string,
  long = LOOP_STEPS,
  short = LOOP_WARMUP,
  repeats = 2,
): number {
  const dir = mkdtempSync(join(tmpdir(), 'tgrad-bench-'));
  try {
    const longFile = join(dir, 'long.tgrad');
    const shortFile = join(dir, 'short.tgrad');
    writeFileSync(longFile, loopProgram(long));
    writeFileSync(shortFile, loopProgram(short));
    let bestLong = Infinity;
    let bestShort = Infinity;
    for (let r = 0; r < repeats; r++) {
      bestShort = Math.min(bestShort, cliMillis(cli, shortFile));
      bestLong = Math.min(bestLong, cliMillis(cli, longFile));
    }
    return (bestLong - bestShort) / (long - short);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

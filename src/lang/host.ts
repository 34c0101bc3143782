// What a running program can reach outside itself: the host (the kernel) that shows its
// output. This is the whole of a program's view of the world.

import type { GraphNode } from './runtime/valueLike';

/** A decision-boundary picture: the model's score on a grid, and the data points. */
export interface BoundaryData {
  /** The grid covers [xMin, xMax] × [yMin, yMax] with nx × ny points, row-major from yMin. */
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  nx: number;
  ny: number;
  /** The model's score at each grid point (> 0 is class +1; the class index for k > 2). */
  scores: number[];
  points: { x: number; y: number; label: number }[];
}

export interface RunHost {
  /** Text a `print` wrote, its `end` included; `stderr` when it went to sys.stderr. */
  print(text: string, stream?: 'stderr'): void;
  /** One point for the named curve (`log(value, name=…)`). */
  log(name: string, value: number): void;
  /** Show v's compute graph. */
  draw(v: GraphNode): void;
  plot(name: string, xs: number[], ys: number[]): void;
  boundary(b: BoundaryData): void;
  /** A `train` step's loss, every `every` steps (and the last). */
  trainStep(step: number, steps: number, loss: number): void;
  /** A warning at a file position (a NaN or infinite gradient). */
  warn(message: string, line: number, col: number): void;
  /** Polled between statements and training steps; true stops the run. */
  shouldStop(): boolean;
  /**
   * The next line of the program's standard input, its line end included, or null at the
   * end (input() and sys.stdin read it); `prompt` is what input() has just printed. Absent:
   * the program has no input, as CPython's with stdin closed.
   */
  readLine?(prompt: string): string | null;
  /** Called before each `backward()` the program calls (the kernel counts passes per grad). */
  beforeBackward?(): void;
}

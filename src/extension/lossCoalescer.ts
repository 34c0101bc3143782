// Loss points reach the host in bursts (a training loop logs every step); the panel gets
// them in at most one message per interval, with everything that arrived in between merged
// per curve and run.

import type { LossBatch } from '../kernel/protocol';
import { systemClock, type TimerClock } from './timerClock';

/** Appends `batches` to `into`, one entry per (run, curve), points in arrival order. */
export function mergeBatches(into: LossBatch[], batches: readonly LossBatch[]): void {
  for (const b of batches) {
    const same = into.find((x) => x.runId === b.runId && x.name === b.name);
    if (same !== undefined) {
      for (const p of b.points) same.points.push(p);
    } else {
      into.push({ ...b, points: [...b.points] });
    }
  }
}

export class LossCoalescer {
  private pending: LossBatch[] = [];
  private timer: unknown = null;
  private lastFlush = -Infinity;

  /** `intervalMillis` 50 = at most 20 flushes a second. */
  constructor(
    private readonly send: (batches: LossBatch[]) => void,
    private readonly intervalMillis = 50,
    private readonly clock: TimerClock = systemClock,
  ) {}

  add(batches: readonly LossBatch[]): void {
    if (batches.length === 0) return;
    mergeBatches(this.pending, batches);
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMillis - this.clock.now());
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.flush();
    }, wait);
  }

  /** Sends what is pending now (at the end of a run, so the last points are not late). */
  flush(): void {
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending.length === 0) return;
    const batches = this.pending;
    this.pending = [];
    this.lastFlush = this.clock.now();
    this.send(batches);
  }

  /** Drops what is pending (the curves were cleared). */
  discard(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }

  dispose(): void {
    this.discard();
  }
}

// For messages where only the newest matters (a graph drawn inside a training loop, a plot
// redrawn every step): the first goes out at once, then at most one per interval, always
// the latest, and nothing is lost at the end of a run (flush).

import { systemClock, type TimerClock } from './timerClock';

export class LatestThrottle<T> {
  private pending: { value: T } | null = null;
  private timer: unknown = null;
  private last = -Infinity;

  constructor(
    private readonly send: (value: T) => void,
    private readonly intervalMillis: number,
    private readonly clock: TimerClock = systemClock,
  ) {}

  push(value: T): void {
    this.pending = { value };
    const wait = this.last + this.intervalMillis - this.clock.now();
    if (wait <= 0 && this.timer === null) {
      this.flush();
      return;
    }
    this.timer ??= this.clock.setTimeout(
      () => {
        this.timer = null;
        this.flush();
      },
      Math.max(0, wait),
    );
  }

  flush(): void {
    if (this.timer !== null) {
      this.clock.clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending === null) return;
    const { value } = this.pending;
    this.pending = null;
    this.last = this.clock.now();
    this.send(value);
  }

  dispose(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}

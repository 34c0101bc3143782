/**
 * A stop request that crosses threads: the host writes it, the running program polls it
 * between statements. Backed by shared memory so a busy worker sees it without handling a
 * message; in-process it is just as cheap.
 */
export class StopSignal {
  readonly buffer: SharedArrayBuffer;
  private readonly flag: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.buffer = buffer;
    this.flag = new Int32Array(buffer);
  }

  /**
   * Stops every run whose id is at most `upTo`: the running one and those queued before the
   * Stop, never one posted after it. A number, not a flag the next run clears, so a Stop that
   * arrives just before a run starts is not lost when it starts.
   */
  request(upTo: number): void {
    if (upTo > Atomics.load(this.flag, 0)) Atomics.store(this.flag, 0, upTo);
  }

  /** Whether the run with this id was asked to stop. */
  stops(runId: number): boolean {
    const upTo = Atomics.load(this.flag, 0);
    return upTo > 0 && runId <= upTo;
  }
}

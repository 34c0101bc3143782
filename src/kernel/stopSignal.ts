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

  request(): void {
    Atomics.store(this.flag, 0, 1);
  }

  clear(): void {
    Atomics.store(this.flag, 0, 0);
  }

  get requested(): boolean {
    return Atomics.load(this.flag, 0) !== 0;
  }
}

// `train()` progress on a terminal's stderr: one line, redrawn in place, erased at the end.

export class ProgressBar {
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly width = 30,
  ) {}

  update(step: number, steps: number, loss: number): void {
    const done = Math.round(((step + 1) / steps) * this.width);
    const bar = '█'.repeat(done) + '░'.repeat(this.width - done);
    this.write(`\r${bar} step ${step + 1}/${steps} · loss ${loss.toPrecision(5)}\x1b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}

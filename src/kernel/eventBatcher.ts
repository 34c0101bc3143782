// A running cell is synchronous, so timers cannot fire while it runs: printed text and
// logged points are buffered here and flushed when enough time has passed since the last
// flush (checked as they arrive) and when the run ends. A loop that prints or logs every
// step then costs a few messages a second, not one per call.

import type { KernelEvent, LossBatch, LossPoint } from './protocol';

const MAX_BUFFERED_TEXT = 1 << 20;

export class EventBatcher {
  private text = '';
  /** Where the buffered text goes: one stream at a time, so the two keep their order. */
  private stream: 'stderr' | undefined = undefined;
  private readonly curves = new Map<string, LossBatch>();
  private readonly steps = new Map<string, number>();
  private lastFlush = 0;
  private lastProgress = 0;

  constructor(
    private readonly emit: (event: KernelEvent) => void,
    private readonly runId: number,
    private readonly intervalMillis = 50,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastFlush = now();
  }

  print(text: string, stream?: 'stderr'): void {
    if (stream !== this.stream) {
      if (this.text !== '') this.flushText();
      this.stream = stream;
    }
    this.text += text;
    // Big output goes out as it comes: one message never holds more than a few MB.
    if (this.text.length >= MAX_BUFFERED_TEXT) this.flush();
    else this.maybeFlush();
  }

  /** Appends a point to a named curve; without a step, it follows the curve's last one. */
  log(name: string, value: number, step?: number): void {
    const at = step ?? this.steps.get(name) ?? 0;
    this.steps.set(name, at + 1);
    let batch = this.curves.get(name);
    if (batch === undefined) {
      batch = { name, runId: this.runId, points: [] as LossPoint[] };
      this.curves.set(name, batch);
    }
    batch.points.push({ step: at, value });
    this.maybeFlush();
  }

  /** Training progress, at most one event per interval (and the last step always). */
  progress(step: number, steps: number, loss: number): void {
    const t = this.now();
    if (step !== steps - 1 && t - this.lastProgress < this.intervalMillis) return;
    this.lastProgress = t;
    this.flush();
    this.emit({ type: 'progress', runId: this.runId, step, steps, loss });
  }

  flush(): void {
    this.lastFlush = this.now();
    if (this.text !== '') this.flushText();
    if (this.curves.size > 0) {
      this.emit({ type: 'log', runId: this.runId, batches: [...this.curves.values()] });
      this.curves.clear();
    }
  }

  private flushText(): void {
    const { runId, text, stream } = this;
    this.emit(
      stream === undefined
        ? { type: 'stdout', runId, text }
        : { type: 'stdout', runId, text, stream },
    );
    this.text = '';
  }

  private maybeFlush(): void {
    if (this.now() - this.lastFlush >= this.intervalMillis) this.flush();
  }
}

// Which series of the panel's loss chart a run's points go to, and what the legend calls it.
// Kernel run ids start again at 1 in a new session (a closed and reopened document, a window
// reload), while the panel keeps the curves it drew: series ids are therefore the panel's own,
// one per run that logged, and are named after the cell (its title, or "cell N") and how
// many runs of that cell logged before, never after a kernel number the user cannot see.

import type { LossBatch } from '../kernel/protocol';

export class CurveRuns<Run extends object> {
  private readonly ids = new WeakMap<Run, { id: number; label: string }>();
  private next: number;
  private readonly counts = new Map<string, number>();

  /** `curves`: what the panel already holds (e.g. restored after a reload). */
  constructor(curves: readonly LossBatch[]) {
    this.next = 1;
    const seen = new Set<number>();
    for (const c of curves) {
      this.next = Math.max(this.next, c.runId + 1);
      if (seen.has(c.runId)) continue;
      seen.add(c.runId);
      const base = baseLabel(c.run);
      if (base !== null) this.counts.set(base, (this.counts.get(base) ?? 0) + 1);
    }
  }

  /** `batches` as the panel's series of `run`, whose cell is called `cellLabel`. */
  assign(run: Run, cellLabel: string, batches: readonly LossBatch[]): LossBatch[] {
    let series = this.ids.get(run);
    if (series === undefined) {
      const n = (this.counts.get(cellLabel) ?? 0) + 1;
      this.counts.set(cellLabel, n);
      series = { id: this.next++, label: `${cellLabel} #${n}` };
      this.ids.set(run, series);
    }
    const { id, label } = series;
    return batches.map((b) => ({ ...b, runId: id, run: label }));
  }

  /** The chart was cleared: numbering starts again. */
  clear(): void {
    this.counts.clear();
  }
}

/** "Train #2" → "Train". */
function baseLabel(label: string | undefined): string | null {
  if (label === undefined) return null;
  const m = /^(.*) #\d+$/.exec(label);
  return m !== null ? m[1] : null;
}

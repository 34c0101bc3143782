// Every loss point ever received, one growable typed array pair per (run, curve): appending is
// amortised O(1) and ranges are kept as points arrive, so a redraw never rescans for them.
import type { LossBatch } from '../../../src/kernel/protocol';
import type { SeriesRange } from './xyChart';

export interface StoredSeries {
  key: string;
  name: string;
  runId: number;
  /** The run as the legend names it. */
  run: string;
  steps: Float64Array;
  values: Float64Array;
  length: number;
  sortedX: boolean;
  range: SeriesRange;
  /** Order of first appearance: picks the colour. */
  ordinal: number;
}

export function seriesKey(runId: number, name: string): string {
  return `${runId}\u0000${name}`;
}

export class SeriesStore {
  private readonly byKey = new Map<string, StoredSeries>();
  private created = 0;

  append(batches: readonly LossBatch[]): number {
    let added = 0;
    for (const b of batches) {
      if (!b || !Array.isArray(b.points) || b.points.length === 0) continue;
      const name = String(b.name);
      const runId = Number(b.runId);
      const key = seriesKey(runId, name);
      let s = this.byKey.get(key);
      if (!s) {
        s = {
          key,
          name,
          runId,
          run: typeof b.run === 'string' ? b.run : `run ${runId}`,
          steps: new Float64Array(64),
          values: new Float64Array(64),
          length: 0,
          sortedX: true,
          range: {
            minX: Infinity,
            maxX: -Infinity,
            minY: Infinity,
            maxY: -Infinity,
            minPositive: Infinity,
          },
          ordinal: this.created++,
        };
        this.byKey.set(key, s);
      }
      const need = s.length + b.points.length;
      if (need > s.steps.length) {
        const cap = Math.max(need, s.steps.length * 2);
        const steps = new Float64Array(cap);
        const values = new Float64Array(cap);
        steps.set(s.steps.subarray(0, s.length));
        values.set(s.values.subarray(0, s.length));
        s.steps = steps;
        s.values = values;
      }
      const r = s.range;
      for (const p of b.points) {
        const x = Number(p.step);
        const y = Number(p.value);
        if (s.length > 0 && x < s.steps[s.length - 1]) s.sortedX = false;
        s.steps[s.length] = x;
        s.values[s.length] = y;
        s.length++;
        added++;
        if (Number.isFinite(x)) {
          if (x < r.minX) r.minX = x;
          if (x > r.maxX) r.maxX = x;
        }
        if (Number.isFinite(y)) {
          if (y < r.minY) r.minY = y;
          if (y > r.maxY) r.maxY = y;
          if (y > 0 && y < r.minPositive) r.minPositive = y;
        }
      }
    }
    return added;
  }

  clear(): void {
    this.byKey.clear();
    this.created = 0;
  }

  list(): StoredSeries[] {
    return [...this.byKey.values()];
  }

  get size(): number {
    return this.byKey.size;
  }
}

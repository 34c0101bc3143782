// "Smooth" on the loss curves: a loss measured on one example or one small batch per step
// (tiny_gpt's one name per step, SGD on minibatches) jumps around so much that its trend is hard
// to see. The smoothed curve is TensorBoard's: an exponential moving average, debiased so its
// first points are not pulled toward zero, kept per series and extended as points arrive.
import type { StoredSeries } from './seriesStore';
import type { SeriesRange } from './xyChart';

/** Weight of the running average: about the last ten points count. */
export const SMOOTHING = 0.9;

interface Smoothed {
  source: StoredSeries;
  values: Float64Array;
  length: number;
  /** The biased running average and the weight its debiasing divides by. */
  ema: number;
  weight: number;
  range: SeriesRange;
}

export class Smoother {
  private readonly byKey = new Map<string, Smoothed>();

  /** The smoothed values of `s` (its first `s.length`) and their range. */
  smooth(s: StoredSeries): { values: Float64Array; range: SeriesRange } {
    let m = this.byKey.get(s.key);
    // A series replaced (a restored panel's `state`) or emptied starts over.
    if (m === undefined || m.source !== s || m.length > s.length) {
      m = {
        source: s,
        values: new Float64Array(Math.max(64, s.length)),
        length: 0,
        ema: 0,
        weight: 0,
        range: { ...s.range, minY: Infinity, maxY: -Infinity, minPositive: Infinity },
      };
      this.byKey.set(s.key, m);
    }
    if (m.values.length < s.length) {
      const grown = new Float64Array(Math.max(s.length, m.values.length * 2));
      grown.set(m.values.subarray(0, m.length));
      m.values = grown;
    }
    const r = m.range;
    r.minX = s.range.minX;
    r.maxX = s.range.maxX;
    for (let i = m.length; i < s.length; i++) {
      const y = s.values[i];
      if (!Number.isFinite(y)) {
        // A NaN or infinite loss shows as itself and leaves the average alone.
        m.values[i] = y;
        continue;
      }
      m.ema = SMOOTHING * m.ema + (1 - SMOOTHING) * y;
      m.weight = SMOOTHING * m.weight + (1 - SMOOTHING);
      const v = m.ema / m.weight;
      m.values[i] = v;
      if (v < r.minY) r.minY = v;
      if (v > r.maxY) r.maxY = v;
      if (v > 0 && v < r.minPositive) r.minPositive = v;
    }
    m.length = s.length;
    return { values: m.values, range: r };
  }

  clear(): void {
    this.byKey.clear();
  }
}

// Data-to-pixel mappings and tick positions for the hand-drawn charts: the panel's canvas
// charts and the notebook outputs' SVG charts. DOM-free.

export interface Scale {
  readonly log: boolean;
  readonly min: number;
  readonly max: number;
  /** Pixel for a data value; NaN where the value cannot be shown (≤ 0 on a log scale). */
  map(v: number): number;
  invert(px: number): number;
}

export function makeScale(min: number, max: number, p0: number, p1: number, log = false): Scale {
  if (log) {
    const a = Math.log10(min);
    const b = Math.log10(max);
    const k = b === a ? 0 : (p1 - p0) / (b - a);
    return {
      log,
      min,
      max,
      map: (v) => (v > 0 ? p0 + (Math.log10(v) - a) * k : NaN),
      invert: (px) => 10 ** (a + (k === 0 ? 0 : (px - p0) / k)),
    };
  }
  const k = max === min ? 0 : (p1 - p0) / (max - min);
  return {
    log,
    min,
    max,
    map: (v) => (Number.isFinite(v) ? p0 + (v - min) * k : NaN),
    invert: (px) => min + (k === 0 ? 0 : (px - p0) / k),
  };
}

/** Widens a degenerate or empty range so a single point still gets a sensible axis. */
export function paddedRange(min: number, max: number, log: boolean): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return log ? [0.1, 10] : [0, 1];
  if (log) {
    if (min === max) return [min / 2, max * 2];
    return [min, max];
  }
  if (min === max) {
    const d = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return [min - d, max + d];
  }
  const pad = (max - min) * 0.04;
  return [min - pad, max + pad];
}

/** Round-number ticks (1, 2, 5 × 10^k) covering [min, max], about `target` of them. */
export function niceTicks(
  min: number,
  max: number,
  target: number,
): { ticks: number[]; step: number } {
  if (!(max > min)) return { ticks: [min], step: 1 };
  const raw = (max - min) / Math.max(1, target);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  const ticks: number[] = [];
  const first = Math.ceil(min / step - 1e-9) * step;
  for (let t = first; t <= max + step * 1e-9; t += step)
    ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  return { ticks, step };
}

/** Powers of ten within [min, max] (and 2×, 5× when there are few decades). */
export function logTicks(min: number, max: number): number[] {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const decades = hi - lo;
  const ticks: number[] = [];
  const stride = Math.max(1, Math.ceil(decades / 8));
  for (let e = lo; e <= hi; e += stride) {
    for (const m of decades <= 2 ? [1, 2, 5] : [1]) {
      const t = m * 10 ** e;
      if (t >= min * (1 - 1e-9) && t <= max * (1 + 1e-9)) ticks.push(t);
    }
  }
  if (ticks.length < 2) return [min, max];
  return ticks;
}

// Timing helpers: medians over repeated runs, because this machine is shared and a mean
// is at the mercy of one slow garbage collection.

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export function timeMillis(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

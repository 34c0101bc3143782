// How numbers read in the panel and in notebook output pictures. Graph cells follow
// micrograd's draw_dot ("%.4f"); other places show a number exactly, so a learner can
// compare it with print(). DOM-free: the extension builds SVG outputs with it too.

/** micrograd's `%.4f`, switching to 3 significant digits in exponent form where %.4f would lie. */
export function fixed4(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return '0.0000';
  const a = Math.abs(x);
  if (a < 1e-4 || a >= 1e7) return x.toExponential(2).replace('e+', 'e');
  return x.toFixed(4);
}

/** The shortest text that reads back to the same float, as Python's repr prints it. */
export function exact(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  const a = Math.abs(x);
  if (a >= 1e16 || a < 1e-4) {
    // Python: 1e-05, 1.5e+16
    const [m, e] = x.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(x);
}

/** 65818 → "65,818". */
export function count(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A compact reading for hover read-outs and axis ends: 6 significant digits. */
export function compact(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(4).replace('e+', 'e');
  return String(Number(x.toPrecision(6)));
}

/** An axis tick label: as few digits as the tick spacing needs. */
export function tick(x: number, spacing: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(1).replace('e+', 'e');
  const decimals = Math.max(0, Math.min(10, -Math.floor(Math.log10(spacing) + 1e-9)));
  return x.toFixed(decimals);
}

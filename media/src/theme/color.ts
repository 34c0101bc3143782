// Colours as numbers, so canvas drawing can mix theme colours (a gradient cell, a heatmap)
// and pick readable text on any background, light, dark or high contrast.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const clamp255 = (x: number): number => Math.round(x < 0 ? 0 : x > 255 ? 255 : x);

/**
 * Parses the colour forms getComputedStyle returns (`rgb()`, `rgba()`, `color(srgb …)`)
 * and `#rgb`/`#rgba`/`#rrggbb`/`#rrggbbaa`. Returns null for anything else.
 */
export function parseColor(text: string): Rgba | null {
  const s = text.trim().toLowerCase();
  if (s.startsWith('#')) return parseHex(s.slice(1));
  const fn = /^(rgba?|color)\((.*)\)$/.exec(s);
  if (!fn) return null;
  if (fn[1] === 'color') {
    const parts = fn[2].replace('/', ' ').split(/\s+/).filter(Boolean);
    if (parts[0] !== 'srgb' || parts.length < 4) return null;
    const [r, g, b] = parts.slice(1, 4).map(Number);
    const a = parts.length > 4 ? Number(parts[4]) : 1;
    if (![r, g, b, a].every(Number.isFinite)) return null;
    return { r: clamp255(r * 255), g: clamp255(g * 255), b: clamp255(b * 255), a: clamp01(a) };
  }
  const nums = fn[2]
    .replace('/', ' ')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((p) => (p.endsWith('%') ? (Number(p.slice(0, -1)) / 100) * 255 : Number(p)));
  if (nums.length < 3 || !nums.slice(0, 3).every(Number.isFinite)) return null;
  const a = nums.length > 3 && Number.isFinite(nums[3]) ? nums[3] : 1;
  return { r: clamp255(nums[0]), g: clamp255(nums[1]), b: clamp255(nums[2]), a: clamp01(a) };
}

function parseHex(h: string): Rgba | null {
  if (!/^[0-9a-f]+$/.test(h)) return null;
  if (h.length === 3 || h.length === 4) {
    const d = [...h].map((c) => parseInt(c + c, 16));
    return { r: d[0], g: d[1], b: d[2], a: h.length === 4 ? d[3] / 255 : 1 };
  }
  if (h.length === 6 || h.length === 8) {
    const d = [0, 2, 4, 6].map((i) => parseInt(h.slice(i, i + 2), 16));
    return { r: d[0], g: d[1], b: d[2], a: h.length === 8 ? d[3] / 255 : 1 };
  }
  return null;
}

export function cssColor(c: Rgba): string {
  return c.a >= 1
    ? `rgb(${c.r}, ${c.g}, ${c.b})`
    : `rgba(${c.r}, ${c.g}, ${c.b}, ${+c.a.toFixed(3)})`;
}

/** `#rrggbb` (alpha dropped after compositing on `over`): for SVG files read by any viewer. */
export function hexColor(c: Rgba, over?: Rgba): string {
  const o = c.a < 1 && over ? mix(over, { ...c, a: 1 }, c.a) : c;
  const h = (n: number): string => n.toString(16).padStart(2, '0');
  return `#${h(o.r)}${h(o.g)}${h(o.b)}`;
}

/** Linear blend from `a` (t=0) to `b` (t=1), alpha included. */
export function mix(a: Rgba, b: Rgba, t: number): Rgba {
  const u = clamp01(t);
  return {
    r: clamp255(a.r + (b.r - a.r) * u),
    g: clamp255(a.g + (b.g - a.g) * u),
    b: clamp255(a.b + (b.b - a.b) * u),
    a: a.a + (b.a - a.a) * u,
  };
}

export function withAlpha(c: Rgba, a: number): Rgba {
  return { ...c, a: clamp01(a) };
}

/** WCAG relative luminance of the opaque colour. */
export function luminance(c: Rgba): number {
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Whichever of the candidates reads best on `bg`. */
export function readableOn(bg: Rgba, ...candidates: Rgba[]): Rgba {
  let best = candidates[0];
  let bestRatio = -1;
  for (const c of candidates) {
    const r = contrastRatio(bg, c);
    if (r > bestRatio) {
      best = c;
      bestRatio = r;
    }
  }
  return best;
}

/**
 * Diverging scale for signed quantities (gradients, scores): 0 is `neutral`, the sign picks
 * the hue and the magnitude (square-root scaled, so small grads are still visible next to a
 * large one) how far from neutral. Non-finite values return null: callers flag them.
 */
export function divergingColor(
  value: number,
  maxAbs: number,
  negative: Rgba,
  positive: Rgba,
  neutral: Rgba,
): Rgba | null {
  if (!Number.isFinite(value)) return null;
  if (value === 0 || !(maxAbs > 0)) return neutral;
  const t = Math.sqrt(Math.min(1, Math.abs(value) / maxAbs));
  return mix(neutral, value < 0 ? negative : positive, 0.18 + 0.72 * t);
}

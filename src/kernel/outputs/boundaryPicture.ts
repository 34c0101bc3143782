// A decision boundary as a standalone SVG picture, with no DOM: the fallback saved beside a
// boundary output. The score grid is drawn as runs of equal colour (scores fall into a few
// shades per side, so a 60 × 60 grid stays a few hundred rectangles), the points on top.
import type { BoundaryPayload } from '../protocol';
import { makeScale, niceTicks, paddedRange } from './chartScale';
import { tick } from './numberFormat';
import { escapeXml, svgNumber as n } from './svgText';

const SIZE = 420;
const PLOT = { left: 56, top: 34, size: SIZE - 56 - 16 };
const WIDTH = SIZE;
const HEIGHT = SIZE + 10;
/** Shades per side of 0: few enough for long runs, enough to read the score's size. */
const SHADES = 6;
const NEGATIVE = [33, 102, 172];
const POSITIVE = [178, 24, 43];

function hex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The shade of a score, as the panel's heatmap mixes it: white toward blue or red. */
function shade(score: number, maxAbs: number): string {
  if (!Number.isFinite(score)) return '#f2d16b';
  if (score === 0) return '#ffffff';
  const level = Math.ceil(Math.sqrt(Math.min(1, Math.abs(score) / maxAbs)) * SHADES);
  const t = 0.18 + (0.72 * level) / SHADES;
  const to = score < 0 ? NEGATIVE : POSITIVE;
  return hex(to.map((c) => 255 + (c - 255) * t));
}

export function boundaryPicture(b: BoundaryPayload, title: string): string {
  const { nx, ny } = b;
  let maxAbs = 0;
  for (let k = 0; k < nx * ny; k++) {
    const a = Math.abs(b.scores[k]);
    if (Number.isFinite(a) && a > maxAbs) maxAbs = a;
  }
  if (maxAbs === 0) maxAbs = 1;
  const cellW = PLOT.size / nx;
  const cellH = PLOT.size / ny;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="18" fill="#1f1f1f" font-size="13">${escapeXml(title)}</text>`,
    `<g shape-rendering="crispEdges">`,
  ];
  for (let j = 0; j < ny; j++) {
    // Row 0 of the grid is yMin: the bottom of the picture.
    const y = PLOT.top + (ny - 1 - j) * cellH;
    let i = 0;
    while (i < nx) {
      const fill = shade(b.scores[j * nx + i], maxAbs);
      let end = i + 1;
      while (end < nx && shade(b.scores[j * nx + end], maxAbs) === fill) end++;
      out.push(
        `<rect x="${n(PLOT.left + i * cellW)}" y="${n(y)}" width="${n((end - i) * cellW + 0.5)}" height="${n(cellH + 0.5)}" fill="${fill}"/>`,
      );
      i = end;
    }
  }
  out.push('</g>');
  const x = makeScale(b.xMin, b.xMax, PLOT.left, PLOT.left + PLOT.size);
  const y = makeScale(b.yMin, b.yMax, PLOT.top + PLOT.size, PLOT.top);
  out.push(`<g stroke="#ffffff" stroke-width="1">`);
  for (const p of b.points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const fill = p.label > 0 ? hex(POSITIVE) : hex(NEGATIVE);
    out.push(`<circle cx="${n(x.map(p.x))}" cy="${n(y.map(p.y))}" r="3.5" fill="${fill}"/>`);
  }
  out.push('</g>', `<g fill="#6b6b6b">`);
  const [x0, x1] = paddedRange(b.xMin, b.xMax, false);
  const xTicks = niceTicks(x0, x1, 6);
  for (const t of xTicks.ticks) {
    if (t < b.xMin || t > b.xMax) continue;
    out.push(
      `<text x="${n(x.map(t))}" y="${PLOT.top + PLOT.size + 16}" text-anchor="middle">${escapeXml(tick(t, xTicks.step))}</text>`,
    );
  }
  const [y0, y1] = paddedRange(b.yMin, b.yMax, false);
  const yTicks = niceTicks(y0, y1, 6);
  for (const t of yTicks.ticks) {
    if (t < b.yMin || t > b.yMax) continue;
    out.push(
      `<text x="${PLOT.left - 6}" y="${n(y.map(t))}" text-anchor="end" dominant-baseline="central">${escapeXml(tick(t, yTicks.step))}</text>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}

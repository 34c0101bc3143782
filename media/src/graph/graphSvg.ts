// The graph as a standalone SVG file, built from the same looks and positions as the screen.
// Every program string goes through escapeXml: a label is text, never markup.
import { hexColor, type Rgba } from '../theme/color';
import type { Palette } from '../theme/palette';
import { arrowHead, curvedSegment, edgeSegment, type Bend, type Box } from './edgeGeometry';
import type { NodeLook } from './nodeLook';
import { escapeXml, svgNumber } from '../../../src/kernel/outputs/svgText';

export { escapeXml };

export interface PlacedLook {
  look: NodeLook;
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: number;
  to: number;
  /** Skips ranks: drawn as a curve, bent this way, around the nodes in between. */
  bend?: Bend;
  roundness?: number;
}

/** Where an edge is drawn between two placed nodes. */
export function placedSegment(
  nodes: readonly PlacedLook[],
  e: PlacedEdge,
): ReturnType<typeof edgeSegment> {
  const from = boxOf(nodes[e.from]);
  const to = boxOf(nodes[e.to]);
  return e.bend ? curvedSegment(from, to, e.bend, e.roundness) : edgeSegment(from, to);
}

const fmt = svgNumber;

export function boxOf(p: PlacedLook): Box {
  return { cx: p.x, cy: p.y, width: p.look.width, height: p.look.height, shape: p.look.shape };
}

function shapeElement(look: NodeLook, left: number, top: number, attrs: string, inset = 0): string {
  const w = look.width - 2 * inset;
  const h = look.height - 2 * inset;
  if (look.shape === 'ellipse') {
    return `<ellipse cx="${fmt(left + look.width / 2)}" cy="${fmt(top + look.height / 2)}" rx="${fmt(w / 2)}" ry="${fmt(h / 2)}" ${attrs}/>`;
  }
  const r = Math.max(0, Math.min(look.radius - inset, h / 2, w / 2));
  return `<rect x="${fmt(left + inset)}" y="${fmt(top + inset)}" width="${fmt(w)}" height="${fmt(h)}" rx="${fmt(r)}" ${attrs}/>`;
}

export function graphSvg(
  nodes: readonly PlacedLook[],
  edges: readonly PlacedEdge[],
  palette: Palette,
  title: string,
): string {
  const margin = 24;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const extra = n.look.shape === 'stack' ? 8 : 0;
    minX = Math.min(minX, n.x - n.look.width / 2);
    maxX = Math.max(maxX, n.x + n.look.width / 2 + extra);
    minY = Math.min(minY, n.y - n.look.height / 2 - extra);
    maxY = Math.max(maxY, n.y + n.look.height / 2);
  }
  if (nodes.length === 0) minX = minY = maxX = maxY = 0;
  const width = maxX - minX + 2 * margin;
  const height = maxY - minY + 2 * margin;
  const dx = margin - minX;
  const dy = margin - minY;
  const bg = palette.bg;
  const hex = (c: Rgba): string => hexColor(c, bg);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${fmt(width)}" height="${fmt(height)}" fill="${hex(bg)}"/>`,
  );

  const edgeColor = hex(palette.muted);
  out.push(`<g stroke="${edgeColor}" stroke-width="1" fill="${edgeColor}">`);
  for (const e of edges) {
    const s = placedSegment(nodes, e);
    if (!s) continue;
    const h = arrowHead(s, 8);
    out.push(
      s.cx !== undefined && s.cy !== undefined
        ? `<path fill="none" d="M ${fmt(s.x1 + dx)} ${fmt(s.y1 + dy)} Q ${fmt(s.cx + dx)} ${fmt(s.cy + dy)} ${fmt(s.x2 + dx)} ${fmt(s.y2 + dy)}"/>`
        : `<line x1="${fmt(s.x1 + dx)}" y1="${fmt(s.y1 + dy)}" x2="${fmt(s.x2 + dx)}" y2="${fmt(s.y2 + dy)}"/>`,
      `<polygon stroke="none" points="${fmt(h[0] + dx)},${fmt(h[1] + dy)} ${fmt(h[2] + dx)},${fmt(h[3] + dy)} ${fmt(h[4] + dx)},${fmt(h[5] + dy)}"/>`,
    );
  }
  out.push('</g>');

  nodes.forEach((n, k) => {
    const look = n.look;
    const left = n.x - look.width / 2 + dx;
    const top = n.y - look.height / 2 + dy;
    const stroke = `stroke="${hex(look.border)}" stroke-width="${look.borderWidth}"${look.dash.length ? ` stroke-dasharray="${look.dash.join(' ')}"` : ''}`;
    out.push('<g>');
    if (look.shape === 'stack') {
      for (const off of [8, 4]) {
        out.push(
          shapeElement(
            look,
            left + off,
            top - off,
            `fill="${hex(look.fill)}" stroke="${hex(look.border)}" stroke-width="1"`,
          ),
        );
      }
    }
    out.push(shapeElement(look, left, top, `fill="${hex(look.fill)}"`));
    const filled = look.cells.filter((c) => c.fill);
    if (filled.length > 0) {
      out.push(`<clipPath id="clip${k}">${shapeElement(look, left, top, '')}</clipPath>`);
      out.push(`<g clip-path="url(#clip${k})">`);
      for (const c of filled) {
        out.push(
          `<rect x="${fmt(left + c.x)}" y="${fmt(top + c.y)}" width="${fmt(c.width)}" height="${fmt(c.height)}" fill="${hex(c.fill!)}"/>`,
        );
      }
      out.push('</g>');
    }
    for (const sx of look.separators) {
      out.push(
        `<line x1="${fmt(left + sx)}" y1="${fmt(top)}" x2="${fmt(left + sx)}" y2="${fmt(top + look.height)}" stroke="${hex(look.border)}" stroke-width="1"/>`,
      );
    }
    for (const sy of look.rowSeparators) {
      out.push(
        `<line x1="${fmt(left)}" y1="${fmt(top + sy)}" x2="${fmt(left + look.width)}" y2="${fmt(top + sy)}" stroke="${hex(look.border)}" stroke-width="1"/>`,
      );
    }
    for (const c of look.cells) {
      out.push(
        `<text x="${fmt(left + c.x + c.width / 2)}" y="${fmt(top + c.y + c.height / 2)}" text-anchor="middle" dominant-baseline="central" fill="${hex(c.color)}" style="font: ${escapeXml(c.font)}">${escapeXml(c.text)}</text>`,
      );
    }
    out.push(shapeElement(look, left, top, `fill="none" ${stroke}`));
    if (look.double)
      out.push(
        shapeElement(
          look,
          left,
          top,
          `fill="none" stroke="${hex(look.border)}" stroke-width="1"`,
          3,
        ),
      );
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('\n');
}

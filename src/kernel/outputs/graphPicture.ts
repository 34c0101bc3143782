// A compute graph as a standalone SVG picture, with no DOM: the fallback saved beside a graph
// output (GitHub and Jupyter show it) and what the notebook renderer shows before it loads.
// micrograd's draw_dot, left to right: each Value a record `label | data | grad`, each
// operation an ellipse before its result. A big graph is drawn grouped: Values inside a
// neuron, layer or MLP fold into one box per group, at the deepest level that fits.
import type { GraphGroup, GraphPayload, GraphValue } from '../protocol';
import { count, fixed4 } from './numberFormat';
import { escapeXml, svgNumber as n } from './svgText';

/** Most nodes drawn one by one; past this the picture folds groups, then keeps the nearest. */
export const MAX_PICTURE_NODES = 300;

const CHAR = 7.2; // width of one character of 12px monospace
const ROW = 26;
const GAP_X = 36;
const GAP_Y = 12;
const MARGIN = 16;
const CAPTION = 22;

const INK = '#1f1f1f';
const MUTED = '#6b6b6b';
const PAPER = '#ffffff';
const BORDERS: Record<GraphValue['role'], { color: string; width: number; dash?: string }> = {
  output: { color: '#b35c00', width: 2.5 },
  param: { color: '#2f5f9e', width: 2 },
  leaf: { color: '#444444', width: 1 },
  const: { color: '#8a8a8a', width: 1, dash: '3 2' },
  inner: { color: '#444444', width: 1 },
};

type Kind = 'value' | 'op' | 'group';

interface Node {
  key: string;
  kind: Kind;
  texts: string[];
  role: GraphValue['role'];
  width: number;
  height: number;
  level: number;
  x: number;
  y: number;
}

const textWidth = (s: string) => [...s].length * CHAR + 14;

/** micrograd's record cells: the label (when there is one), data and grad, as `%.4f`. */
export function recordTexts(v: Pick<GraphValue, 'label' | 'data' | 'grad'>): string[] {
  const cells = [`data ${fixed4(v.data)}`, `grad ${fixed4(v.grad)}`];
  return v.label ? [v.label, ...cells] : cells;
}

class PictureGraph {
  readonly nodes = new Map<string, Node>();
  readonly edges = new Set<string>();

  add(key: string, kind: Kind, texts: string[], role: GraphValue['role']): void {
    if (this.nodes.has(key)) return;
    const width =
      kind === 'value'
        ? texts.reduce((w, t) => w + textWidth(t), 0)
        : Math.max(40, ...texts.map(textWidth));
    const height = kind === 'group' ? ROW * 1.6 : ROW;
    this.nodes.set(key, { key, kind, texts, role, width, height, level: 0, x: 0, y: 0 });
  }

  link(from: string, to: string): void {
    if (from !== to) this.edges.add(`${from}>${to}`);
  }
}

/** Each group's chain of ancestors, outermost first. */
function groupChains(groups: readonly GraphGroup[]): Map<number, number[]> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const chains = new Map<number, number[]>();
  for (const g of groups) {
    const chain: number[] = [];
    for (let id = g.id; id !== 0 && byId.has(id) && chain.length < 64; id = byId.get(id)!.parent)
      chain.unshift(id);
    chains.set(g.id, chain);
  }
  return chains;
}

/** The deepest group level at which folding every deeper group keeps the picture small. */
function foldDepth(graph: GraphPayload, chains: Map<number, number[]>): number | null {
  const cost = (v: GraphValue) => (v.op ? 2 : 1);
  const all = graph.values.reduce((s, v) => s + cost(v), 0);
  if (all <= MAX_PICTURE_NODES || graph.groups.length === 0) return null;
  const maxDepth = Math.max(...[...chains.values()].map((c) => c.length));
  for (let d = maxDepth - 1; d > 0; d--) {
    const boxes = new Set<number>();
    let loose = 0;
    for (const v of graph.values) {
      const chain = chains.get(v.group) ?? [];
      if (chain.length > d) boxes.add(chain[d]);
      else loose += cost(v);
    }
    if (loose + boxes.size <= MAX_PICTURE_NODES) return d;
  }
  return 0;
}

function groupTexts(g: GraphGroup | undefined, values: number): string[] {
  return [g?.label ?? 'group', `${count(values)} Values`];
}

function buildNodes(graph: GraphPayload): {
  picture: PictureGraph;
  folded: boolean;
  rootKey: string | null;
} {
  const chains = groupChains(graph.groups);
  const depth = foldDepth(graph, chains);
  const groups = new Map(graph.groups.map((g) => [g.id, g]));
  const sizes = new Map<number, number>();
  const repOf = (v: GraphValue): string => {
    const chain = chains.get(v.group) ?? [];
    return depth !== null && chain.length > depth ? `g${chain[depth]}` : `v${v.id}`;
  };
  const byId = new Map(graph.values.map((v) => [v.id, v]));
  const picture = new PictureGraph();
  for (const v of graph.values) {
    const rep = repOf(v);
    if (rep.startsWith('g')) {
      const id = Number(rep.slice(1));
      sizes.set(id, (sizes.get(id) ?? 0) + 1);
      picture.add(rep, 'group', [], 'inner');
    } else {
      picture.add(rep, 'value', recordTexts(v), v.role);
      if (v.op) {
        picture.add(`o${v.id}`, 'op', [v.op], 'inner');
        picture.link(`o${v.id}`, rep);
      }
    }
    const target = rep.startsWith('g') ? rep : v.op ? `o${v.id}` : rep;
    for (const input of v.inputs) {
      const x = byId.get(input);
      if (x !== undefined) picture.link(repOf(x), target);
    }
  }
  for (const [id, size] of sizes) {
    const node = picture.nodes.get(`g${id}`)!;
    node.texts = groupTexts(groups.get(id), size);
    node.width = Math.max(...node.texts.map(textWidth));
  }
  const root = byId.get(graph.rootId);
  return { picture, folded: depth !== null, rootKey: root ? repOf(root) : null };
}

/** The nodes nearest the output, when even the folded picture is too big. */
function keepNearest(picture: PictureGraph, root: string): number {
  if (picture.nodes.size <= MAX_PICTURE_NODES) return 0;
  const inputs = new Map<string, string[]>();
  for (const e of picture.edges) {
    const [from, to] = e.split('>');
    const list = inputs.get(to) ?? [];
    list.push(from);
    inputs.set(to, list);
  }
  const kept = new Set([root]);
  const queue = [root];
  for (let head = 0; head < queue.length && kept.size < MAX_PICTURE_NODES; head++) {
    for (const x of inputs.get(queue[head]) ?? []) {
      if (kept.size >= MAX_PICTURE_NODES) break;
      if (kept.has(x)) continue;
      kept.add(x);
      queue.push(x);
    }
  }
  const dropped = picture.nodes.size - kept.size;
  for (const key of [...picture.nodes.keys()]) if (!kept.has(key)) picture.nodes.delete(key);
  for (const e of [...picture.edges]) {
    const [from, to] = e.split('>');
    if (!kept.has(from) || !kept.has(to)) picture.edges.delete(e);
  }
  return dropped;
}

/** Longest-path levels, inputs left of their uses (bounded: folding may close a cycle). */
function assignLevels(picture: PictureGraph): void {
  const edges = [...picture.edges].map((e) => e.split('>'));
  for (let pass = 0; pass < picture.nodes.size; pass++) {
    let changed = false;
    for (const [from, to] of edges) {
      const a = picture.nodes.get(from)!;
      const b = picture.nodes.get(to)!;
      if (b.level < a.level + 1) {
        b.level = a.level + 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
}

function place(picture: PictureGraph, minWidth: number): { width: number; height: number } {
  const columns: Node[][] = [];
  for (const node of picture.nodes.values()) (columns[node.level] ??= []).push(node);
  const heights = columns.map((c) =>
    (c ?? []).reduce((h, node) => h + node.height + GAP_Y, -GAP_Y),
  );
  const tallest = Math.max(0, ...heights);
  let x = MARGIN;
  columns.forEach((column, k) => {
    if (!column) return;
    const width = Math.max(...column.map((node) => node.width));
    let y = MARGIN + CAPTION + (tallest - heights[k]) / 2;
    for (const node of column) {
      node.x = x + (width - node.width) / 2;
      node.y = y;
      y += node.height + GAP_Y;
    }
    x += width + GAP_X;
  });
  return { width: Math.max(x - GAP_X + MARGIN, minWidth), height: tallest + 2 * MARGIN + CAPTION };
}

function nodeSvg(node: Node): string {
  const { x, y, width: w, height: h } = node;
  const text = (t: string, cx: number, cy: number, color = INK) =>
    `<text x="${n(cx)}" y="${n(cy)}" fill="${color}" text-anchor="middle" dominant-baseline="central">${escapeXml(t)}</text>`;
  switch (node.kind) {
    case 'op':
      return [
        `<ellipse cx="${n(x + w / 2)}" cy="${n(y + h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}" fill="#f2f2f2" stroke="#444444"/>`,
        text(node.texts[0], x + w / 2, y + h / 2),
      ].join('');
    case 'group':
      return [
        `<rect x="${n(x + 4)}" y="${n(y - 4)}" width="${n(w)}" height="${n(h)}" rx="6" fill="#e8eef7" stroke="#2f5f9e"/>`,
        `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="6" fill="#f4f7fb" stroke="#2f5f9e" stroke-width="1.5"/>`,
        text(node.texts[0], x + w / 2, y + h * 0.32),
        text(node.texts[1], x + w / 2, y + h * 0.72, MUTED),
      ].join('');
    case 'value': {
      const border = BORDERS[node.role];
      const parts = [
        `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${PAPER}" stroke="${border.color}" stroke-width="${border.width}"${border.dash ? ` stroke-dasharray="${border.dash}"` : ''}/>`,
      ];
      let cx = x;
      node.texts.forEach((t, k) => {
        const cw = textWidth(t);
        if (k > 0)
          parts.push(
            `<line x1="${n(cx)}" y1="${n(y)}" x2="${n(cx)}" y2="${n(y + h)}" stroke="${border.color}"/>`,
          );
        parts.push(text(t, cx + cw / 2, y + h / 2));
        cx += cw;
      });
      return parts.join('');
    }
    default: {
      const never: never = node.kind;
      return never;
    }
  }
}

function edgeSvg(a: Node, b: Node): string {
  const x1 = a.x + a.width;
  const y1 = a.y + a.height / 2;
  const x2 = b.x;
  const y2 = b.y + b.height / 2;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (da: number) =>
    `${n(x2 - 7 * Math.cos(angle + da))},${n(y2 - 7 * Math.sin(angle + da))}`;
  return (
    `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"/>` +
    `<polygon stroke="none" points="${n(x2)},${n(y2)} ${head(0.4)} ${head(-0.4)}"/>`
  );
}

/** What the picture shows, in a line: how many Values, and what was left out. */
function caption(graph: GraphPayload, folded: boolean, dropped: number): string {
  const parts = [`${count(graph.totalValues)} Values`];
  if (graph.truncated) parts.push(`the ${count(graph.values.length)} nearest the output kept`);
  if (folded) parts.push('neurons and layers folded into boxes');
  if (dropped > 0) parts.push(`${count(dropped)} boxes further from the output not drawn`);
  return parts.join(' · ');
}

/** The SVG picture of a graph payload; every label is escaped text. */
export function graphPicture(graph: GraphPayload, title: string): string {
  const { picture, folded, rootKey } = buildNodes(graph);
  const dropped = rootKey === null ? 0 : keepNearest(picture, rootKey);
  assignLevels(picture);
  const heading = `${title}: ${caption(graph, folded, dropped)}`;
  const size = place(picture, textWidth(heading) + 2 * MARGIN);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(size.width)}" height="${n(size.height)}" viewBox="0 0 ${n(size.width)} ${n(size.height)}" font-family="monospace" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${PAPER}"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 4}" fill="${MUTED}">${escapeXml(heading)}</text>`,
    `<g stroke="${MUTED}" fill="${MUTED}">`,
  ];
  for (const e of picture.edges) {
    const [from, to] = e.split('>');
    out.push(edgeSvg(picture.nodes.get(from)!, picture.nodes.get(to)!));
  }
  out.push('</g>');
  for (const node of picture.nodes.values()) out.push(nodeSvg(node));
  out.push('</svg>');
  return out.join('\n');
}

// What each kind of graph node looks like, as plain data (boxes, cells, colours, text), so
// the live canvas, the PNG export and the SVG export all draw the very same picture.
import type { GraphValue, ValueRole } from '../../../src/kernel/protocol';
import { count, fixed4 } from '../format/number';
import { divergingColor, mix, readableOn, withAlpha, type Rgba } from '../theme/color';
import type { Palette } from '../theme/palette';
import type { GroupInfo } from './graphModel';
import type { OpChain } from './opChains';

export type NodeShape = 'record' | 'ellipse' | 'stack' | 'pill';

/** One text cell, positioned relative to the node's top-left corner. */
export interface LookCell {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Rgba | null;
  text: string;
  font: string;
  color: Rgba;
}

export interface NodeLook {
  shape: NodeShape;
  width: number;
  height: number;
  fill: Rgba;
  border: Rgba;
  borderWidth: number;
  /** Empty for a solid border. */
  dash: number[];
  /** A second, inset border line: parameters (trainable) look "framed". */
  double: boolean;
  radius: number;
  cells: LookCell[];
  /** Vertical separators between record cells, x relative to the left edge. */
  separators: number[];
  /** Horizontal separators between stacked cells, y relative to the top edge. */
  rowSeparators: number[];
}

export type Measure = (text: string, font: string) => number;

export interface LookContext {
  palette: Palette;
  measure: Measure;
  /** Largest |grad| drawn: the diverging scale's end. */
  gradMax: number;
  /** Records stack their cells (a top-to-bottom layout), as graphviz turns them. */
  vertical: boolean;
}

const LABEL_MAX = 32;
const PAD = 8;

/** Control characters would draw as boxes (or break lines in SVG): show them as spaces. */
export function displayText(s: string, max = LABEL_MAX): string {
  // eslint-disable-next-line no-control-regex
  const flat = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  const chars = [...flat];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : flat;
}

/** micrograd's record: `label | data 0.7071 | grad -1.5000` (no label cell when unnamed). */
export function recordTexts(v: Pick<GraphValue, 'label' | 'data' | 'grad'>): string[] {
  const cells = [`data ${fixed4(v.data)}`, `grad ${fixed4(v.grad)}`];
  return v.label ? [displayText(v.label), ...cells] : cells;
}

export function recordLabel(v: Pick<GraphValue, 'label' | 'data' | 'grad'>): string {
  return recordTexts(v).join(' | ');
}

export function rowHeight(p: Palette): number {
  return Math.round(p.monoSize * 2);
}

function monoFont(p: Palette, style = ''): string {
  return `${style}${p.monoSize}px ${p.mono}`;
}

function uiFont(p: Palette, style = ''): string {
  return `${style}${p.fontSize}px ${p.font}`;
}

function roleBorder(
  role: ValueRole,
  isRoot: boolean,
  p: Palette,
): Pick<NodeLook, 'border' | 'borderWidth' | 'dash' | 'double' | 'radius'> {
  if (isRoot || role === 'output')
    return { border: p.orange, borderWidth: 3, dash: [], double: false, radius: 4 };
  switch (role) {
    case 'param':
      return { border: p.purple, borderWidth: 1.5, dash: [], double: true, radius: 0 };
    case 'const':
      return { border: p.muted, borderWidth: 1.25, dash: [4, 3], double: false, radius: 4 };
    case 'leaf':
      return { border: p.fg, borderWidth: 1.5, dash: [], double: false, radius: 0 };
    default:
      return {
        border: withAlpha(p.muted, 0.9),
        borderWidth: 1,
        dash: [],
        double: false,
        radius: 4,
      };
  }
}

export function gradFill(grad: number, ctx: LookContext): Rgba {
  const p = ctx.palette;
  return divergingColor(grad, ctx.gradMax, p.blue, p.red, p.widgetBg) ?? p.yellow;
}

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Text colour per cell fill: thousands of grad cells share a few hundred fills. */
const textOnFill = new Map<string, Rgba>();

function textColorOn(fill: Rgba, p: Palette): Rgba {
  const key = `${fill.r},${fill.g},${fill.b}|${p.fg.r},${p.fg.g},${p.fg.b}|${p.bg.r},${p.bg.g},${p.bg.b}`;
  let c = textOnFill.get(key);
  if (!c) {
    c = readableOn(fill, p.fg, p.bg, BLACK, WHITE);
    if (textOnFill.size > 20_000) textOnFill.clear();
    textOnFill.set(key, c);
  }
  return c;
}

export function valueLook(v: GraphValue, isRoot: boolean, ctx: LookContext): NodeLook {
  const p = ctx.palette;
  const isConst = v.role === 'const';
  const texts = recordTexts(v);
  const cells = recordCells(texts, v.label !== '', v.grad, isConst, ctx);
  return { fill: p.widgetBg, ...roleBorder(v.role, isRoot, p), ...cells };
}

/**
 * A record's cells side by side, or stacked when `ctx.vertical`: the first cell is the name
 * (bold) when `named`, the last the gradient on its diverging colour.
 */
function recordCells(
  texts: readonly string[],
  named: boolean,
  grad: number,
  muted: boolean,
  ctx: LookContext,
): Pick<NodeLook, 'shape' | 'width' | 'height' | 'cells' | 'separators' | 'rowSeparators'> {
  const p = ctx.palette;
  const h = rowHeight(p);
  const textColor = muted ? p.muted : p.fg;
  const cells: LookCell[] = texts.map((text, k) => {
    const isLabel = named && k === 0;
    const isGrad = k === texts.length - 1;
    const font = monoFont(p, muted ? 'italic ' : isLabel ? '600 ' : '');
    const width = Math.ceil(ctx.measure(text, font)) + 2 * PAD;
    const fill = isGrad ? gradFill(grad, ctx) : null;
    const color = fill ? textColorOn(fill, p) : textColor;
    return { x: 0, y: 0, width, height: h, fill, text, font, color };
  });
  const separators: number[] = [];
  const rowSeparators: number[] = [];
  if (ctx.vertical) {
    const width = Math.max(...cells.map((c) => c.width));
    cells.forEach((c, k) => {
      c.y = k * h;
      c.width = width;
      if (k > 0) rowSeparators.push(c.y);
    });
    return { shape: 'record', width, height: h * cells.length, cells, separators, rowSeparators };
  }
  let x = 0;
  cells.forEach((c, k) => {
    if (k > 0) separators.push(x);
    c.x = x;
    x += c.width;
  });
  return { shape: 'record', width: x, height: h, cells, separators, rowSeparators };
}

/** Σ (or Π) for a chain of one operation, with its result's data and grad. */
export function chainTitle(chain: Pick<OpChain, 'op' | 'terms'>): string {
  return chain.op === '*' ? `Π ${count(chain.terms)} factors` : `Σ ${count(chain.terms)} terms`;
}

export function chainLook(
  chain: OpChain,
  result: GraphValue,
  isRoot: boolean,
  ctx: LookContext,
): NodeLook {
  const p = ctx.palette;
  const texts = [
    chainTitle(chain),
    ...recordTexts({ label: '', data: result.data, grad: result.grad }),
  ];
  return {
    fill: mix(p.widgetBg, p.blue, 0.12),
    border: isRoot ? p.orange : p.blue,
    borderWidth: isRoot ? 3 : 1.5,
    dash: [],
    double: false,
    radius: 4,
    ...recordCells(texts, true, result.grad, false, ctx),
    shape: 'stack',
  };
}

export function opLook(op: string, ctx: LookContext): NodeLook {
  const p = ctx.palette;
  const h = rowHeight(p);
  const text = displayText(op, 12);
  const font = monoFont(p, '600 ');
  const width = Math.max(h, Math.ceil(ctx.measure(text, font)) + 16);
  return {
    shape: 'ellipse',
    width,
    height: h,
    fill: mix(p.widgetBg, p.fg, 0.08),
    border: withAlpha(p.muted, 0.9),
    borderWidth: 1,
    dash: [],
    double: false,
    radius: h / 2,
    cells: [{ x: 0, y: 0, width, height: h, fill: null, text, font, color: p.fg }],
    separators: [],
    rowSeparators: [],
  };
}

const KIND_CHILD: Record<string, string> = { mlp: 'layer', layer: 'neuron', neuron: 'group' };

export function groupSubtitle(info: GroupInfo): string {
  const parts: string[] = [];
  if (info.children > 0) {
    const noun = KIND_CHILD[info.group.kind] ?? 'group';
    parts.push(`${count(info.children)} ${noun}${info.children === 1 ? '' : 's'}`);
  }
  parts.push(`${count(info.size)} value${info.size === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

export function groupLook(info: GroupInfo, ctx: LookContext): NodeLook {
  return boxLook(`▸ ${displayText(info.group.label)}`, groupSubtitle(info), ctx);
}

const LEAF_NOUN: Record<string, [string, string]> = {
  leaf: ['input', 'inputs'],
  param: ['parameter', 'parameters'],
  const: ['constant', 'constants'],
};

/** "200 inputs", "12 constants", "9 leaves" (mixed roles). */
export function bundleTitle(leaves: readonly Pick<GraphValue, 'role'>[]): string {
  const role = leaves[0]?.role ?? 'leaf';
  const same = leaves.every((v) => v.role === role);
  const [one, many] = same ? (LEAF_NOUN[role] ?? ['leaf', 'leaves']) : ['leaf', 'leaves'];
  return `${count(leaves.length)} ${leaves.length === 1 ? one : many}`;
}

/** The span of the bundled values: "data -1.0211 … 2.0363". */
export function bundleSubtitle(leaves: readonly Pick<GraphValue, 'data'>[]): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of leaves) {
    if (v.data < lo) lo = v.data;
    if (v.data > hi) hi = v.data;
  }
  if (!(lo <= hi)) return 'data —';
  return lo === hi ? `data ${fixed4(lo)}` : `data ${fixed4(lo)} … ${fixed4(hi)}`;
}

export function bundleLook(leaves: readonly GraphValue[], ctx: LookContext): NodeLook {
  return boxLook(`▸ ${bundleTitle(leaves)}`, bundleSubtitle(leaves), ctx);
}

/** A stack of cards with a title and a muted line under it: something that opens. */
function boxLook(title: string, sub: string, ctx: LookContext): NodeLook {
  const p = ctx.palette;
  const titleFont = uiFont(p, '600 ');
  const subFont = uiFont(p);
  const line = Math.round(p.fontSize * 1.5);
  const width =
    Math.ceil(Math.max(ctx.measure(title, titleFont), ctx.measure(sub, subFont))) + 2 * PAD + 8;
  const height = 2 * line + 10;
  return {
    shape: 'stack',
    width,
    height,
    fill: mix(p.widgetBg, p.blue, 0.12),
    border: p.blue,
    borderWidth: 1.5,
    dash: [],
    double: false,
    radius: 6,
    cells: [
      { x: 0, y: 5, width, height: line, fill: null, text: title, font: titleFont, color: p.fg },
      {
        x: 0,
        y: 5 + line,
        width,
        height: line,
        fill: null,
        text: sub,
        font: subFont,
        color: p.muted,
      },
    ],
    separators: [],
    rowSeparators: [],
  };
}

export function stubText(hidden: number, missing: number): string {
  const n = hidden + missing;
  return `⋯ ${count(n)} more`;
}

export function stubLook(hidden: number, missing: number, ctx: LookContext): NodeLook {
  const p = ctx.palette;
  const h = rowHeight(p);
  const text = stubText(hidden, missing);
  const font = uiFont(p);
  const width = Math.ceil(ctx.measure(text, font)) + 2 * PAD + 4;
  return {
    shape: 'pill',
    width,
    height: h,
    fill: p.bg,
    border: p.muted,
    borderWidth: 1,
    dash: [3, 3],
    double: false,
    radius: h / 2,
    cells: [{ x: 0, y: 0, width, height: h, fill: null, text, font, color: p.muted }],
    separators: [],
    rowSeparators: [],
  };
}

// The hover of a bound name, as markdown, from the session's name snapshot: for a Value its
// data, grad, operation, inputs, label and the line that made it; for a list its length and
// first items; for a module its shape, parameter count and gradient norm per layer.

import type { ModuleInfo, NameInfo, PlainInfo, SequenceInfo, ValueInfo } from '../kernel/protocol';
import { numberText } from './numberText';

export interface HoverOptions {
  /** A cell is running: the snapshot is from before it. */
  stale: boolean;
  /** A markdown link target that reveals a 1-based line/col, or null to show plain text. */
  lineLink: ((line: number, col: number) => string) | null;
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function escapeTableCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function valueHover(name: string, v: ValueInfo, options: HoverOptions): string[] {
  const lines = [
    `${code(name)} · ${v.type ?? 'Value'}`,
    `data **${numberText(v.data)}** · grad **${numberText(v.grad)}**`,
  ];
  if (v.passes !== undefined && v.passes > 1) {
    lines.push(
      `grad adds up ${v.passes} backward passes (micrograd accumulates): ` +
        `call ${code('zero_grad(...)')} (or ${code('model.zero_grad()')}) before ` +
        `${code('backward()')} for one pass's gradient`,
    );
  }
  if (v.op === '') {
    lines.push('a leaf (no inputs)');
  } else {
    const inputs = v.inputs.map((label) => (label === '' ? '(unnamed)' : code(label)));
    lines.push(`${code(v.op)} of ${inputs.length > 0 ? inputs.join(', ') : 'nothing'}`);
  }
  const parts: string[] = [];
  if (v.label !== '') parts.push(`label ${code(v.label)}`);
  if (v.line > 0) {
    const at = `line ${v.line}`;
    parts.push(
      `made on ${options.lineLink !== null ? `[${at}](${options.lineLink(v.line, v.col)})` : at}`,
    );
  }
  if (parts.length > 0) lines.push(parts.join(' · '));
  return lines;
}

function sequenceHover(name: string, s: SequenceInfo): string[] {
  const noun = s.length === 1 ? 'item' : 'items';
  const lines = [`${code(name)} · ${s.kind} of ${s.length} ${noun}`];
  if (s.values > 0) lines.push(`${s.values} of them Values`);
  if (s.length > 0) lines.push('```\n' + s.preview + '\n```');
  return lines;
}

function moduleHover(name: string, m: ModuleInfo): string[] {
  const lines = [`${code(name)} · ${code(m.shape)}`, `${m.params} parameters`];
  if (m.layers.length > 0) {
    const rows = m.layers.map(
      (l) => `| ${escapeTableCell(l.name)} | ${l.params} | ${numberText(l.gradNorm)} |`,
    );
    lines.push(['| layer | parameters | grad norm |', '| --- | ---: | ---: |', ...rows].join('\n'));
  }
  return lines;
}

function plainHover(name: string, p: PlainInfo): string[] {
  return [`${code(name)} · ${p.type}`, '```\n' + p.repr + '\n```'];
}

export function hoverMarkdown(name: string, info: NameInfo, options: HoverOptions): string {
  let lines: string[];
  switch (info.kind) {
    case 'value':
      lines = valueHover(name, info, options);
      break;
    case 'list':
    case 'tuple':
      lines = sequenceHover(name, info);
      break;
    case 'module':
      lines = moduleHover(name, info);
      break;
    default:
      lines = plainHover(name, info);
  }
  if (options.stale) lines.push('_A cell is running: these values are from before it._');
  return lines.join('\n\n');
}

// Where the results of runs show in the text: each assignment line's value at its end, and
// the cell's result, error or state at the end of its last line. Fresh values show plainly,
// values of an edited cell dimmed (until they are taken away), nothing for a cleared record.

import type { CellMatch } from './runRecords';
import { clipLine } from './numberText';

export type MarkKind = 'value' | 'result' | 'error' | 'state';

export interface LineMark {
  /** 0-based line; the text goes after its end. */
  line: number;
  kind: MarkKind;
  text: string;
  dim: boolean;
}

export interface PlanOptions {
  /** Inline values of assignment lines (toygrad.inlineValues.enabled). */
  inlineValues: boolean;
  /** Longest text shown after a line. */
  maxChars?: number;
}

function cellMark(m: CellMatch, maxChars: number): Omit<LineMark, 'line' | 'dim'> | null {
  const r = m.record;
  switch (r.status) {
    case 'queued':
      return { kind: 'state', text: '⋯ queued' };
    case 'running':
      return { kind: 'state', text: '⋯ running' };
    case 'stopped':
      return { kind: 'state', text: '■ stopped' };
    case 'error':
      if (r.error === null) return { kind: 'error', text: '✗ failed' };
      return { kind: 'error', text: clipLine(`✗ ${r.error.kind}: ${r.error.message}`, maxChars) };
    case 'ok':
      // The run went well but a later backward from the cell failed at a line.
      if (r.error !== null)
        return { kind: 'error', text: clipLine(`✗ ${r.error.kind}: ${r.error.message}`, maxChars) };
      if (r.result !== null) return { kind: 'result', text: clipLine(`⇒ ${r.result}`, maxChars) };
      return { kind: 'state', text: `✓ ${millisText(r.millis)}` };
  }
}

export function millisText(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

export function planMarks(matches: readonly CellMatch[], options: PlanOptions): LineMark[] {
  const maxChars = options.maxChars ?? 100;
  const marks: LineMark[] = [];
  for (const m of matches) {
    if (m.record.cleared) continue;
    const dim = !m.fresh || m.record.editedAt !== null;
    const { cell } = m;
    if (options.inlineValues) {
      for (const v of m.record.inline) {
        const line = cell.bodyStartLine + v.offset;
        if (line < cell.bodyStartLine || line >= cell.endLine) continue;
        marks.push({ line, kind: 'value', text: clipLine(`= ${v.text}`, maxChars), dim });
      }
    }
    const mark = cellMark(m, maxChars);
    if (mark !== null) marks.push({ ...mark, line: cell.lastLine, dim });
  }
  return marks.sort((a, b) => a.line - b.line || kindOrder(a.kind) - kindOrder(b.kind));
}

function kindOrder(kind: MarkKind): number {
  return kind === 'value' ? 0 : 1;
}

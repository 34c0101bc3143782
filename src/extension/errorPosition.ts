// Where an error from a past run lies in the text as it is now. The kernel gives file lines
// as they were at run time; a cell that moved since (lines added above it) moves its errors
// with it. Lines outside the cell (inside a function another cell defined) stay as given.

import type { CodeCell } from './cellModel';
import type { RunRecord } from './runRecords';

/** 0-based current line of a 1-based run-time `line` reported for the record's run. */
export function currentLine(
  record: Pick<RunRecord, 'firstLine'>,
  cell: CodeCell,
  line: number,
): number {
  const offset = line - record.firstLine;
  const cellLines = cell.endLine - cell.bodyStartLine;
  if (offset >= 0 && offset < cellLines) return cell.bodyStartLine + offset;
  return line - 1;
}

export interface SpanLike {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

/**
 * A 0-based [start, end) range for a 1-based error span, given the text of its lines.
 * Without an end (or an empty one), the identifier or token at the start, else one
 * character, else the end of the line.
 */
export function errorRange(
  span: SpanLike,
  lineText: (line0: number) => string | undefined,
  line0 = span.line - 1,
): { line: number; col: number; endLine: number; endCol: number } {
  const known = lineText(line0);
  // A file the editor has not opened (an imported module): the kernel's span as it is, or
  // one character at its start; no text to clamp against or to find a word in.
  if (known === undefined) return spanAsGiven(span, line0);
  const text = known;
  const col = Math.max(0, Math.min(span.col - 1, text.length));
  if (span.endLine !== undefined && span.endCol !== undefined && span.endLine > 0) {
    const endLine0 = line0 + (span.endLine - span.line);
    const endCol = span.endCol - 1;
    if (endLine0 > line0 || (endLine0 === line0 && endCol > col)) {
      return { line: line0, col, endLine: endLine0, endCol };
    }
  }
  const word = /^[A-Za-z_0-9]+/.exec(text.slice(col));
  if (word !== null) return { line: line0, col, endLine: line0, endCol: col + word[0].length };
  if (col < text.length) return { line: line0, col, endLine: line0, endCol: col + 1 };
  // At the end of a line: underline the line's code, so there is something to see.
  const indent = text.length - text.trimStart().length;
  return {
    line: line0,
    col: Math.min(indent, col),
    endLine: line0,
    endCol: Math.max(text.length, col),
  };
}

function spanAsGiven(
  span: SpanLike,
  line0: number,
): { line: number; col: number; endLine: number; endCol: number } {
  const col = Math.max(0, span.col - 1);
  if (span.endLine !== undefined && span.endCol !== undefined && span.endLine > 0) {
    const endLine0 = line0 + (span.endLine - span.line);
    const endCol = span.endCol - 1;
    if (endLine0 > line0 || (endLine0 === line0 && endCol > col)) {
      return { line: line0, col, endLine: endLine0, endCol };
    }
  }
  return { line: line0, col, endLine: line0, endCol: col + 1 };
}

/**
 * 0-based current line of a 1-based line some run reported (a Value's origin), when exactly
 * one unedited cell's last run covered it; else the line as given.
 */
export function mapRunLine(
  matches: readonly { record: Pick<RunRecord, 'firstLine'>; cell: CodeCell; fresh: boolean }[],
  line: number,
): number {
  const hits = matches.filter((m) => {
    if (!m.fresh) return false;
    const offset = line - m.record.firstLine;
    return offset >= 0 && offset < m.cell.endLine - m.cell.bodyStartLine;
  });
  return hits.length === 1 ? currentLine(hits[0].record, hits[0].cell, line) : line - 1;
}

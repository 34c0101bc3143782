// A .tgrad file as notebook cells, and back. Each cell keeps its exact text from the file,
// and a cell whose source was not edited is written back as that text, so opening a file
// in the notebook view and saving it unchanged gives the same bytes (line endings, blank
// lines, spacing of markers included). Only edited or new cells are written afresh.

import { splitCells } from './documentModel';

export type NotebookCellKind = 'code' | 'markdown';

export interface NotebookCellText {
  kind: NotebookCellKind;
  /** What the notebook shows and runs: code as written, markdown without its `# `. */
  source: string;
  /** The marker's title (`# %% Train` → `Train`). */
  title: string;
  /** False for code written before the file's first marker. */
  hasMarker: boolean;
  /** The cell's exact text in the file, or null for a cell the notebook made. */
  text: string | null;
}

export interface NotebookText {
  cells: NotebookCellText[];
  /** Blank or comment-only text before the first marker (kept, but not a cell). */
  prefix: string;
  eol: '\n' | '\r\n';
}

const LINE_BREAK = /\r\n|\r|\n/;

function markdownOf(body: string): string {
  const lines = body.split(LINE_BREAK).map((line) => line.replace(/^#[ ]?/, ''));
  return trimTrailingBlankLines(lines).join('\n');
}

function codeOf(body: string): string {
  return trimTrailingBlankLines(body.split(LINE_BREAK)).join('\n');
}

function trimTrailingBlankLines(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  return lines.slice(0, end);
}

/** The source a notebook shows for a cell's file text. */
export function sourceOf(kind: NotebookCellKind, body: string): string {
  return kind === 'markdown' ? markdownOf(body) : codeOf(body);
}

export function readNotebook(text: string): NotebookText {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const cells: NotebookCellText[] = [];
  let prefix = '';
  for (const c of splitCells(text)) {
    if (!c.hasMarker && !c.hasCode) {
      prefix = c.text;
      continue;
    }
    cells.push({
      kind: c.kind,
      source: sourceOf(c.kind, c.body),
      title: c.title,
      hasMarker: c.hasMarker,
      text: c.text,
    });
  }
  return { cells, prefix, eol };
}

/** The file text of a cell's original text, split into marker line and body. */
function bodyOf(text: string, hasMarker: boolean): string {
  if (!hasMarker) return text;
  const m = LINE_BREAK.exec(text);
  return m === null ? '' : text.slice(m.index + m[0].length);
}

function unchanged(cell: NotebookCellText): cell is NotebookCellText & { text: string } {
  if (cell.text === null) return false;
  const [first] = splitCells(cell.text);
  if (first === undefined || (first.hasMarker && first.kind !== cell.kind)) return false;
  return sourceOf(cell.kind, bodyOf(cell.text, cell.hasMarker)) === cell.source;
}

function freshText(cell: NotebookCellText, first: boolean, last: boolean, eol: string): string {
  const tag = cell.kind === 'markdown' ? ' [markdown]' : '';
  const marker =
    first && !cell.hasMarker && cell.kind === 'code'
      ? ''
      : `# %%${tag}${cell.title === '' ? '' : ` ${cell.title}`}${eol}`;
  const lines = cell.source === '' ? [] : cell.source.split(LINE_BREAK);
  const body = lines
    .map((l) => (cell.kind === 'markdown' ? (l === '' ? '#' : `# ${l}`) : l) + eol)
    .join('');
  return marker + body + (last ? '' : eol);
}

export interface NotebookLayout {
  text: string;
  /** 1-based file line of each cell's first source line. */
  firstLines: number[];
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** The file a notebook's cells make, and where each cell's code lands in it. */
export function layoutNotebook(notebook: NotebookText): NotebookLayout {
  let text = notebook.prefix;
  const firstLines: number[] = [];
  notebook.cells.forEach((cell, i) => {
    if (text !== '' && !/[\r\n]$/.test(text)) text += notebook.eol;
    // Code from before the first marker stays markerless only while it still comes first.
    const keep = unchanged(cell) && (cell.hasMarker || text === '');
    const piece = keep
      ? cell.text
      : freshText(cell, i === 0 && text === '', i === notebook.cells.length - 1, notebook.eol);
    const markerLines = splitCells(piece)[0]?.hasMarker === true ? 1 : 0;
    firstLines.push(countLines(text) + markerLines + 1);
    text += piece;
  });
  return { text, firstLines };
}

export function writeNotebook(notebook: NotebookText): string {
  return layoutNotebook(notebook).text;
}

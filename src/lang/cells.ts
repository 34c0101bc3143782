// The percent cell format (contract §1): `# %%` lines start cells, `# %% [markdown]` starts
// a markdown cell, and the text before the first marker is a cell of its own. Splitting
// keeps every byte (each cell's `text` is its exact slice of the file), so joining the
// cells' texts gives the file back for any input. The editor calls this on every keystroke:
// one linear pass, no regex over the whole text.

export type CellKind = 'code' | 'markdown';

export interface Cell {
  kind: CellKind;
  /** The marker's text after `%%` (and after `[markdown]`), trimmed: `# %% Train` → `Train`. */
  title: string;
  /** False for the text before the first marker (or a whole file without markers). */
  hasMarker: boolean;
  /**
   * True when the cell holds something to run: a code cell with a line that is neither
   * blank nor a comment. Text before the first marker with no code is not a cell to show.
   */
  hasCode: boolean;
  /** 0-based line of the marker (the cell's first line when it has no marker). */
  startLine: number;
  /** 0-based line of the first body line (the line after the marker). */
  bodyStartLine: number;
  /** 0-based line after the cell's last line (exclusive). */
  endLine: number;
  /** The lines after the marker, with their original line endings. */
  body: string;
  /** 1-based file line of the body's first line: pass it to the parser with `body`. */
  firstLine: number;
  /** The cell's exact text in the file: its marker line (if any) followed by `body`. */
  text: string;
}

const MARKDOWN_TAG = /\[(markdown|md)\]/;

/** True for a line (without its line ending) that starts a cell: `^#\s*%%`. */
export function isCellMarker(line: string): boolean {
  if (line.charCodeAt(0) !== 35 /* # */) return false;
  let i = 1;
  while (i < line.length && /\s/.test(line[i])) i++;
  return line.charCodeAt(i) === 37 && line.charCodeAt(i + 1) === 37;
}

function parseMarker(line: string): { kind: CellKind; title: string } {
  const rest = line.slice(line.indexOf('%%') + 2);
  const tag = MARKDOWN_TAG.exec(rest);
  if (tag === null) return { kind: 'code', title: rest.trim() };
  const title = (rest.slice(0, tag.index) + rest.slice(tag.index + tag[0].length)).trim();
  return { kind: 'markdown', title };
}

/** True when a line (without its ending) is neither blank nor a comment. */
function isCodeLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 35) return false;
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11) return true;
  }
  return false;
}

interface Line {
  start: number;
  /** Index of the line ending (or of the end of the text). */
  contentEnd: number;
  end: number;
}

/** Lines with `\n`, `\r\n` and lone `\r` endings, as Python's universal newlines read them. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push({ start, contentEnd: i, end: i + 1 });
      start = i + 1;
    } else if (c === 13) {
      const end = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, contentEnd: i, end });
      start = end;
      i = end - 1;
    }
  }
  if (start < n) lines.push({ start, contentEnd: n, end: n });
  return lines;
}

/** Splits a file into cells; `joinCells(splitCells(t)) === t` for every string t. */
export function splitCells(text: string): Cell[] {
  const lines = splitLines(text);
  const cells: Cell[] = [];
  let i = 0;
  // Text before the first marker.
  while (i < lines.length && !isCellMarker(text.slice(lines[i].start, lines[i].contentEnd))) i++;
  if (i > 0 || lines.length === 0) {
    cells.push(makeCell(text, lines, 0, i, false, 'code', ''));
  }
  while (i < lines.length) {
    const start = i;
    const { kind, title } = parseMarker(text.slice(lines[i].start, lines[i].contentEnd));
    i++;
    while (i < lines.length && !isCellMarker(text.slice(lines[i].start, lines[i].contentEnd))) {
      i++;
    }
    cells.push(makeCell(text, lines, start, i, true, kind, title));
  }
  return cells;
}

function makeCell(
  text: string,
  lines: Line[],
  start: number,
  end: number,
  hasMarker: boolean,
  kind: CellKind,
  title: string,
): Cell {
  const bodyStart = hasMarker ? start + 1 : start;
  const from = start < lines.length ? lines[start].start : text.length;
  const bodyFrom = bodyStart < lines.length ? lines[bodyStart].start : text.length;
  const to = end < lines.length ? lines[end].start : text.length;
  let hasCode = false;
  if (kind === 'code') {
    for (let j = bodyStart; j < end && !hasCode; j++) {
      hasCode = isCodeLine(text.slice(lines[j].start, lines[j].contentEnd));
    }
  }
  return {
    kind,
    title,
    hasMarker,
    hasCode,
    startLine: start,
    bodyStartLine: bodyStart,
    endLine: end,
    body: text.slice(bodyFrom, to),
    firstLine: bodyStart + 1,
    text: text.slice(from, to),
  };
}

/** The file text of cells (their `text`s, in order). */
export function joinCells(cells: readonly Pick<Cell, 'text'>[]): string {
  let out = '';
  for (const c of cells) out += c.text;
  return out;
}

/** A marker line (without line ending) for a new cell: `# %% Title`, `# %% [markdown]`. */
export function cellMarker(kind: CellKind, title = ''): string {
  const tag = kind === 'markdown' ? ' [markdown]' : '';
  return `# %%${tag}${title === '' ? '' : ` ${title}`}`;
}

/** A markdown cell's body as markdown: the leading `# ` (or `#`) of each line removed. */
export function markdownSource(body: string): string {
  return body
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^#[ ]?/, ''))
    .join('\n')
    .replace(/\n+$/, '');
}

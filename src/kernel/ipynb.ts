// .tgrad <-> Jupyter's .ipynb (nbformat 4.5, written as Jupyter writes it: keys sorted,
// one-space indent, strings split into lines). Markdown cells become markdown cells and
// code cells code cells; what the percent format says beyond the cells' sources (a marker's
// title, a cell's exact spacing, text before the first marker, CRLF line endings) rides in
// `metadata.toygrad`, and only where the plain cells would not give the same bytes back, so
// `.tgrad -> .ipynb -> .tgrad` returns the file byte for byte while a notebook made by hand
// stays free of ToyGrad's bookkeeping.

import {
  readNotebook,
  writeNotebook,
  type NotebookCellText,
  type NotebookText,
} from './notebookCells';

/** A cell output as nbformat 4 stores it (multi-line strings still joined). */
export type IpynbOutput =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | {
      output_type: 'execute_result';
      execution_count: number;
      data: Record<string, string>;
      metadata: Record<string, unknown>;
    }
  | {
      output_type: 'display_data';
      data: Record<string, string>;
      metadata: Record<string, unknown>;
    }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

/** What a run of one code cell left: its execution count and outputs, in order. */
export interface CellRun {
  executionCount: number;
  outputs: IpynbOutput[];
}

/** The kernel a ToyGrad notebook names, so Jupyter front ends offer ToyGrad again. */
export const KERNELSPEC = { display_name: 'ToyGrad', language: 'python', name: 'toygrad' };
/** The language is a subset of Python: viewers highlight cells as Python. */
export const LANGUAGE_INFO = {
  codemirror_mode: { name: 'ipython', version: 3 },
  file_extension: '.py',
  mimetype: 'text/x-python',
  name: 'python',
  nbconvert_exporter: 'python',
  pygments_lexer: 'ipython3',
};

export class IpynbError extends Error {}

interface CellMeta {
  title?: string;
  /** Code written before the file's first marker. */
  noMarker?: true;
  /** The cell's exact text in the file, kept only when writing it afresh would differ. */
  text?: string;
}

interface NotebookMeta {
  prefix?: string;
  eol?: '\r\n';
}

/** `'a\nb'` -> `['a\n', 'b']`, as nbformat stores multi-line strings. */
function lines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** A short stable id per cell (nbformat 4.5 wants one, unique in the notebook). */
function cellId(index: number, source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${index}`;
}

/** Which cells need their exact text kept: dropped greedily while the file stays the same. */
function texts(nb: NotebookText, original: string): (string | null)[] {
  const cells = nb.cells.map((c) => ({ ...c }));
  for (const cell of cells) {
    const kept = cell.text;
    cell.text = null;
    if (writeNotebook({ ...nb, cells }) !== original) cell.text = kept;
  }
  return cells.map((c) => c.text);
}

function jsonValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function outputJson(o: IpynbOutput): Record<string, unknown> {
  // nbformat keeps a JSON mime type's data as the JSON itself, every other one as lines.
  const data = (d: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(d).map(([k, v]) => [k, /json$/.test(k) ? jsonValue(v) : lines(v)]),
    );
  switch (o.output_type) {
    case 'stream':
      return { ...o, text: lines(o.text) };
    case 'execute_result':
    case 'display_data':
      return { ...o, data: data(o.data) };
    case 'error':
      return { ...o };
    default: {
      const never: never = o;
      return never;
    }
  }
}

/** JSON as Python's `json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)` + `\n`. */
function jupyterJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sorted(value), null, 1)}\n`;
}

/**
 * The .ipynb of a .tgrad file. `runs` gives outputs by code cell number (1-based, markdown
 * cells not counted, as `tgrad run --cell` counts them); cells without one have none.
 */
export function toIpynb(text: string, runs: ReadonlyMap<number, CellRun> = new Map()): string {
  const nb = readNotebook(text);
  const kept = texts(nb, text);
  let codeNumber = 0;
  const cells = nb.cells.map((c, i) => {
    const own: CellMeta = {};
    if (c.title !== '') own.title = c.title;
    if (!c.hasMarker) own.noMarker = true;
    if (kept[i] !== null) own.text = kept[i] as string;
    const metadata = Object.keys(own).length > 0 ? { toygrad: own } : {};
    const common = { id: cellId(i, c.source), metadata, source: lines(c.source) };
    if (c.kind === 'markdown') return { cell_type: 'markdown', ...common };
    const run = runs.get(++codeNumber);
    return {
      cell_type: 'code',
      ...common,
      execution_count: run?.executionCount ?? null,
      outputs: (run?.outputs ?? []).map(outputJson),
    };
  });
  const own: NotebookMeta = {};
  if (nb.prefix !== '') own.prefix = nb.prefix;
  if (nb.eol === '\r\n') own.eol = '\r\n';
  return jupyterJson({
    cells,
    metadata: {
      kernelspec: KERNELSPEC,
      language_info: LANGUAGE_INFO,
      ...(Object.keys(own).length > 0 ? { toygrad: own } : {}),
    },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** nbformat's multi-line string: a string or a list of strings. */
function joined(v: unknown, what: string): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v.join('');
  throw new IpynbError(`${what} must be a string or a list of strings`);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The .tgrad text (percent format) of an .ipynb's JSON text. Raw cells become markdown. */
export function fromIpynb(json: string): string {
  let nb: unknown;
  try {
    nb = JSON.parse(json);
  } catch (e) {
    throw new IpynbError(`not a Jupyter notebook: ${(e as Error).message}`);
  }
  if (!isRecord(nb) || !Array.isArray(nb.cells)) {
    throw new IpynbError('not a Jupyter notebook: no list of cells');
  }
  if (nb.nbformat !== 4) {
    throw new IpynbError(
      `only nbformat 4 notebooks can be read (this one is nbformat ${String(nb.nbformat)}); ` +
        'open and save it in Jupyter to upgrade it',
    );
  }
  const own = (
    isRecord(nb.metadata) && isRecord(nb.metadata.toygrad) ? nb.metadata.toygrad : {}
  ) as Record<string, unknown>;
  const cells = nb.cells.map((cell, i): NotebookCellText => {
    if (!isRecord(cell)) throw new IpynbError(`cell ${i + 1} is not an object`);
    const meta =
      isRecord(cell.metadata) && isRecord(cell.metadata.toygrad) ? cell.metadata.toygrad : {};
    const type = cell.cell_type;
    if (type !== 'code' && type !== 'markdown' && type !== 'raw') {
      throw new IpynbError(`cell ${i + 1} has an unknown cell_type ${JSON.stringify(type)}`);
    }
    return {
      kind: type === 'code' ? 'code' : 'markdown',
      source: joined(cell.source, `cell ${i + 1}'s source`)
        .replace(/\r\n?/g, '\n')
        // Jupyter's sources often end in a newline; the percent format's cells end at the
        // next marker.
        .replace(/(\n[ \t]*)+$/, ''),
      title: str(meta.title) ?? '',
      hasMarker: meta.noMarker !== true,
      text: str(meta.text) ?? null,
    };
  });
  return writeNotebook({
    cells,
    prefix: str(own.prefix) ?? '',
    eol: own.eol === '\r\n' ? '\r\n' : '\n',
  });
}

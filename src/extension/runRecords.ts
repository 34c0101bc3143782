// What the editor remembers about each cell's last run: the id it ran under, its code's
// fingerprint, its inline values, result and error. Records follow their cell through edits
// elsewhere in the file by matching (same index and fingerprint, else the nearest cell with
// the same fingerprint, else the nearest with the same title as an edited cell; untitled
// cells only at the same index), so a cell keeps its id, and
// with it its output in the kernel, when cells are added above it.

import type { CellInline, RunStatus, UserError } from '../kernel/protocol';
import type { CodeCell } from './cellModel';

export type RecordStatus = RunStatus | 'queued' | 'running';

export interface InlineText {
  /** 0-based line offset from the cell's first code line. */
  offset: number;
  text: string;
}

export interface RunRecord {
  cellId: string;
  /** The cell's index, title, fingerprint and first code line (1-based) at its last run. */
  index: number;
  title: string;
  hash: string;
  firstLine: number;
  status: RecordStatus;
  inline: InlineText[];
  result: string | null;
  /**
   * The run's error, or that of a later backward from the cell at a line (the user's own
   * backward()), with the file positions it had at run time.
   */
  error: UserError | null;
  millis: number;
  /** When the cell was first seen edited since this run; null while it is unchanged. */
  editedAt: number | null;
  /** True once the values of an edited cell were taken away (until it runs again). */
  cleared: boolean;
}

export interface CellMatch {
  record: RunRecord;
  cell: CodeCell;
  /** The cell's code is the code that ran. */
  fresh: boolean;
}

/**
 * Pairs records with the cells they belong to now. Records of deleted cells (and of untitled
 * cells both moved and edited) are left out.
 */
export function matchRecords(
  records: Iterable<RunRecord>,
  cells: readonly CodeCell[],
): CellMatch[] {
  const byIndex = new Map<number, CodeCell>();
  for (const c of cells) byIndex.set(c.index, c);
  const taken = new Set<CodeCell>();
  const matches: CellMatch[] = [];
  const left: RunRecord[] = [];
  for (const record of records) {
    const cell = byIndex.get(record.index);
    if (cell !== undefined && cell.hash === record.hash && !taken.has(cell)) {
      taken.add(cell);
      matches.push({ record, cell, fresh: true });
    } else {
      left.push(record);
    }
  }
  const stillLeft: RunRecord[] = [];
  for (const record of left) {
    let best: CodeCell | undefined;
    for (const c of cells) {
      if (c.hash !== record.hash || taken.has(c)) continue;
      if (
        best === undefined ||
        Math.abs(c.index - record.index) < Math.abs(best.index - record.index)
      ) {
        best = c;
      }
    }
    if (best === undefined) {
      stillLeft.push(record);
      continue;
    }
    taken.add(best);
    matches.push({ record, cell: best, fresh: true });
  }
  // An edited cell: the nearest one with the same title (untitled cells: at the same index).
  for (const record of stillLeft) {
    let best: CodeCell | undefined;
    for (const c of cells) {
      if (c.title !== record.title || taken.has(c)) continue;
      if (record.title === '' && c.index !== record.index) continue;
      if (
        best === undefined ||
        Math.abs(c.index - record.index) < Math.abs(best.index - record.index)
      ) {
        best = c;
      }
    }
    if (best !== undefined) {
      taken.add(best);
      matches.push({ record, cell: best, fresh: false });
    }
  }
  return matches;
}

export class RunRecords {
  private readonly records = new Map<string, RunRecord>();
  private nextId = 1;

  get all(): readonly RunRecord[] {
    return [...this.records.values()];
  }

  get(cellId: string): RunRecord | undefined {
    return this.records.get(cellId);
  }

  matches(cells: readonly CodeCell[]): CellMatch[] {
    return matchRecords(this.records.values(), cells);
  }

  /** The record that belongs to `cell` now, fresh or edited. */
  matchOf(cell: CodeCell, cells: readonly CodeCell[]): CellMatch | undefined {
    return this.matches(cells).find((m) => m.cell === cell);
  }

  /** True unless the cell's current code ran, completely, in this session. */
  needsRun(cell: CodeCell, cells: readonly CodeCell[]): boolean {
    const m = this.matchOf(cell, cells);
    if (m === undefined || !m.fresh) return true;
    const s = m.record.status;
    return s === 'error' || s === 'stopped';
  }

  /** Starts a record for a run of `cell`: under its record's id if it has one. */
  begin(cell: CodeCell, cells: readonly CodeCell[]): RunRecord {
    const id = this.matchOf(cell, cells)?.record.cellId ?? `cell-${this.nextId++}`;
    const prior = this.records.get(id);
    const record: RunRecord = {
      cellId: id,
      index: cell.index,
      title: cell.title,
      hash: cell.hash,
      firstLine: cell.firstLine,
      status: 'queued',
      // Kept until the run's own values arrive, so nothing flickers while it runs.
      inline: prior !== undefined && !prior.cleared && prior.hash === cell.hash ? prior.inline : [],
      result: null,
      error: null,
      millis: 0,
      editedAt: null,
      cleared: false,
    };
    this.records.set(id, record);
    return record;
  }

  /** The cell's values show again (it was acted on, unchanged, after they were cleared). */
  revive(cellId: string): void {
    const r = this.records.get(cellId);
    if (r === undefined) return;
    r.cleared = false;
    r.editedAt = null;
  }

  started(cellId: string): void {
    const r = this.records.get(cellId);
    if (r !== undefined) r.status = 'running';
  }

  setResult(cellId: string, text: string): void {
    const r = this.records.get(cellId);
    if (r !== undefined) r.result = text;
  }

  setError(cellId: string, error: UserError): void {
    const r = this.records.get(cellId);
    if (r !== undefined) r.error = error;
  }

  /** A backward from the cell starts: the previous one's error goes. */
  clearError(cellId: string): void {
    const r = this.records.get(cellId);
    if (r !== undefined) r.error = null;
  }

  /** A run of `cellId` finished. */
  finish(cellId: string, status: RunStatus, millis: number): void {
    const r = this.records.get(cellId);
    if (r === undefined) return;
    r.status = status;
    r.millis = millis;
  }

  /** Every cell's inline values as they read after the latest run or backward. */
  setInline(inline: readonly CellInline[]): void {
    for (const { cellId, values } of inline) {
      const r = this.records.get(cellId);
      if (r === undefined || r.cleared) continue;
      r.inline = values
        .map((v) => ({ offset: v.line - r.firstLine, text: v.text }))
        .filter((v) => v.offset >= 0);
    }
  }

  /**
   * Notes which cells were edited since they ran (and which were edited back). Returns
   * true when that changed anything a decoration shows.
   */
  noteEdits(cells: readonly CodeCell[], now: number): boolean {
    let changed = false;
    const matched = new Set<RunRecord>();
    for (const { record, fresh } of this.matches(cells)) {
      matched.add(record);
      if (!fresh && record.editedAt === null) {
        record.editedAt = now;
        changed = true;
      } else if (fresh && record.editedAt !== null && !record.cleared) {
        record.editedAt = null;
        changed = true;
      }
    }
    // A record whose cell is gone shows nothing any more; its id may still be in the kernel.
    for (const record of this.records.values()) {
      if (!matched.has(record) && !record.cleared) {
        record.cleared = true;
        record.editedAt ??= now;
        changed = true;
      }
    }
    return changed;
  }

  /** Takes away the values of cells edited at least `dimMillis` ago. */
  expire(now: number, dimMillis: number): boolean {
    let changed = false;
    for (const r of this.records.values()) {
      if (r.editedAt !== null && !r.cleared && now - r.editedAt >= dimMillis) {
        r.cleared = true;
        r.inline = [];
        r.result = null;
        r.error = null;
        changed = true;
      }
    }
    return changed;
  }

  /** The earliest time at which expire() will have something to do, or null. */
  nextExpiry(dimMillis: number): number | null {
    let next: number | null = null;
    for (const r of this.records.values()) {
      if (r.editedAt !== null && !r.cleared) {
        const t = r.editedAt + dimMillis;
        if (next === null || t < next) next = t;
      }
    }
    return next;
  }

  /** Forgets what runs showed (inline values, results, errors) but keeps the cell ids. */
  clearShown(): void {
    for (const r of this.records.values()) {
      r.inline = [];
      r.result = null;
      r.error = null;
      r.cleared = true;
    }
  }

  /** After a restart: no cell has run in the new session. */
  clear(): void {
    this.records.clear();
  }
}

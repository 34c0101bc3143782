// What a session tells its host after each run: the names whose description changed, the
// names no longer bound, and the inline values of the cell that ran and of every other
// cell where one now reads differently. Cost per run grows with what changed and with the
// mutable values shown, not with every name and cell the session ever held.

import type { PyValue } from '../lang/runtime/values';
import { matchesKey, previewKey, type PreviewKey } from './previewKey';
import { isModuleDefault } from '../lang/mainModuleNames';
import type { CellInline, NameInfo } from './protocol';

export interface GlobalTable {
  readonly slotNames: readonly string[];
  readonly values: readonly (PyValue | undefined)[];
}

/** An inline value that may change after it was shown (a Value, a list…). */
interface LiveEntry {
  cellId: string;
  value: PyValue;
  key: PreviewKey;
}

export class ChangeReport {
  /** By global slot: the key of what was last sent, and whether the name was sent bound. */
  private readonly sentKeys: PreviewKey[] = [];
  private readonly sentBound: boolean[] = [];
  private live: LiveEntry[] = [];

  constructor(
    private readonly describe: (value: PyValue) => NameInfo,
    /** A value's inline text (beside the line that assigned it). */
    private readonly inlineText: (value: PyValue) => string,
  ) {}

  names(table: GlobalTable): { names: Record<string, NameInfo>; removed: string[] } {
    const names: Record<string, NameInfo> = {};
    const removed: string[] = [];
    const { values } = table;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === undefined || isModuleDefault(table.slotNames[i], v)) {
        if (this.sentBound[i] === true) {
          this.sentBound[i] = false;
          removed.push(table.slotNames[i]);
        }
        continue;
      }
      if (this.sentBound[i] === true && matchesKey(v, this.sentKeys[i])) continue;
      this.sentKeys[i] = previewKey(v);
      this.sentBound[i] = true;
      names[table.slotNames[i]] = this.describe(v);
    }
    return { names, removed };
  }

  /** Inline values to send now that `ranCellId` ran (or was backpropagated). */
  inline(
    ranCellId: string,
    cells: ReadonlyMap<string, { assignments: ReadonlyMap<number, PyValue> }>,
  ): CellInline[] {
    const ran = cells.get(ranCellId);
    const changed = new Set<string>();
    if (ran !== undefined) {
      this.live = this.live.filter((e) => e.cellId !== ranCellId);
      for (const value of ran.assignments.values()) {
        // Numbers, strings and None never change once assigned: only objects are watched.
        if (typeof value === 'object' && value !== null) {
          this.live.push({ cellId: ranCellId, value, key: previewKey(value) });
        }
      }
    }
    for (const e of this.live) {
      if (matchesKey(e.value, e.key)) continue;
      e.key = previewKey(e.value);
      changed.add(e.cellId);
    }
    if (ran !== undefined) changed.add(ranCellId);
    const out: CellInline[] = [];
    for (const cellId of changed) {
      const record = cells.get(cellId);
      if (record === undefined) continue;
      const values = [...record.assignments].map(([line, value]) => ({
        line,
        text: this.inlineText(value),
      }));
      out.push({ cellId, values });
    }
    return out;
  }
}

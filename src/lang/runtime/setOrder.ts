// The order CPython iterates a set in. A CPython set is an open-addressing table: members sit
// where their hashes probe to, and iteration walks the table. For ints, floats, bools and
// tuples of them the hashes are fixed (no per-run salt, no addresses), so `print({3, 1, 2})`
// shows `{1, 2, 3}` on every run and a program's output depends on it. Replaying the members
// in the order they were added through CPython 3.11's insertion and resizing
// (Objects/setobject.c: set_add_entry, set_table_resize, set_insert_clean) gives that order.
// Members whose hash differs from run to run (str, None, objects) have no order to match:
// a set holding one keeps the order of insertion. A set that lost members (discard, remove,
// pop, -=) keeps a history of its adds and discards (while it is small enough), replayed
// with the dummies the discards leave, which later adds may fill, as CPython's table has them.
// A set made or grown by a merge of a whole set or dict (setMerge.ts) keeps the table the
// merge made as its base, which adding its members one at a time would not give.

import { fixedHash } from './fixedHashes';
import { DUMMY, renumbered, Table, tableOf } from './setTable';
import type { PyValue } from './values';

export { fixedHash, frozensetHash, tupleHash } from './fixedHashes';

// Made once, not per member: V8 does not hoist the BigInt(...) call.
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A member's fixed hash, as a number when it is a safe non-negative one (most ints). */
function slotHash(v: PyValue): bigint | number | null {
  if (typeof v === 'bigint' && v >= 0n && v <= MAX_SAFE) return Number(v);
  const h = fixedHash(v);
  if (h === null) return null;
  return h >= 0n && h <= MAX_SAFE ? Number(h) : h;
}

/** Sets made by a display of constants: its items in order, and whether a loop iterates it. */
const constantDisplays = new WeakMap<object, { items: readonly PyValue[]; iterated: boolean }>();

/**
 * Notes that `set` was made by a display of constants (`{5, 13, 21}`): CPython's compiler
 * makes such a display a frozenset constant (built, then rebuilt from its own order when the
 * code's constants are merged) that an empty set is updated from, a layout of its own; a
 * loop over the display (`iterated`) iterates the frozenset itself.
 */
export function noteConstantDisplay(
  set: object,
  items: readonly PyValue[],
  iterated: boolean,
): void {
  constantDisplays.set(set, { items, iterated });
}

/**
 * A set's adds and discards since the first discard of a member with a fixed hash: `values`
 * numbered in the order they were added (a member added again after a discard is a new one),
 * `events` each an add (`m`) or a discard (`-1 - m`), `live` the numbers still in the set in
 * the order they were added (the order the set's own members are in).
 */
interface History {
  values: PyValue[];
  events: number[];
  live: number[];
  /** The values' hashes, and their table with the first `applied` events replayed. */
  hashes: (bigint | number)[];
  table: Table;
  applied: number;
}

/** Past these, a set's history is dropped and its order replayed without its discards. */
const HISTORY_MAX_SIZE = 4096;
const HISTORY_MAX_EVENTS = 65536;

const histories = new WeakMap<object, History>();

/**
 * Brings `h` up to the set's members (in the order they were added, `added`): those past the
 * ones it knows were added since its last event. False when the set changed in a way the
 * history did not see.
 */
function sync(h: History, added: readonly PyValue[]): boolean {
  const n = h.live.length;
  if (added.length < n) return false;
  for (let k = 0; k < n; k++) if (h.values[h.live[k]] !== added[k]) return false;
  for (let k = n; k < added.length; k++) {
    const m = h.values.length;
    h.values.push(added[k]);
    h.events.push(m);
    h.live.push(m);
  }
  return true;
}

/**
 * Records that `stored`, a member of `set`, is about to be discarded (call it before it goes):
 * `added` gives the set's members in the order they were added, `size` how many there are.
 */
export function noteSetDiscard(
  set: object,
  stored: PyValue,
  size: number,
  added: () => PyValue[],
): void {
  let h = histories.get(set);
  if (h === undefined) {
    // A display's set replays its discards of its own (displayTable).
    if (size > HISTORY_MAX_SIZE || fixedHash(stored) === null || constantDisplays.has(set)) return;
    h = historyFromBase(set, added) ?? emptyHistory();
    histories.set(set, h);
  }
  if (size > HISTORY_MAX_SIZE || h.events.length > HISTORY_MAX_EVENTS) {
    histories.delete(set);
    return;
  }
  if (size !== h.live.length && !sync(h, added())) {
    histories.delete(set);
    return;
  }
  const at = h.live.findIndex((m) => h.values[m] === stored);
  if (at < 0) {
    histories.delete(set);
    return;
  }
  h.events.push(-1 - h.live[at]);
  h.live.splice(at, 1);
}

/** The event that ends a difference_update (or `-=`): CPython's table drops its dummies then. */
const DIFFERENCE_END = Number.MIN_SAFE_INTEGER;

/**
 * Records the end of a difference_update on `set`: CPython then rebuilds its table when more
 * than a quarter of its slots hold dummies (set_difference_update_internal).
 */
export function noteSetDifferenceEnd(set: object, size: number, added: () => PyValue[]): void {
  const h = histories.get(set);
  if (h === undefined) return;
  // The members added since the history's last event come before this one.
  if (size !== h.live.length && !sync(h, added())) {
    histories.delete(set);
    return;
  }
  if (h.events[h.events.length - 1] !== DIFFERENCE_END) h.events.push(DIFFERENCE_END);
}

/** Forgets a set's history: it was emptied, or rebuilt as CPython rebuilds its table. */
export function forgetSetHistory(set: object): void {
  histories.delete(set);
  bases.delete(set);
  constantDisplays.delete(set);
}

/** The table of a set with a history, replayed with its discards; null as tableFor's. */
function historyTable(h: History, members: readonly PyValue[]): Table | null {
  if (!sync(h, members)) return null;
  for (let m = h.hashes.length; m < h.values.length; m++) {
    const hash = slotHash(h.values[m]);
    if (hash === null) return null;
    h.hashes.push(hash);
  }
  // The events not yet applied to the table kept from the last replay.
  const kept = h.table;
  for (; h.applied < h.events.length; h.applied++) {
    const e = h.events[h.applied];
    if (e >= 0) kept.add(e);
    else if (e === DIFFERENCE_END) kept.dropDummies();
    else kept.discard(-1 - e);
  }
  // A copy, its slots numbered as `members` are (the live ones in the order they were added).
  const index = new Map<number, number>(h.live.map((m, k) => [m, k]));
  const table = new Table(h.hashes);
  table.mask = kept.mask;
  table.used = kept.used;
  table.fill = kept.fill;
  table.slots = kept.slots.map((m) => (m >= 0 ? index.get(m)! : m));
  return table;
}

/**
 * The table CPython holds for `set`'s members (in the order they were added), or null; with
 * `empty`, an empty set's too (its dummies decide where a merge into it puts members).
 */
function tableFor(set: object, members: readonly PyValue[], empty = false): Table | null {
  const n = members.length;
  // Most sets that have no fixed order (of objects, of strs) tell by their first member.
  if (n === 0 ? !empty : slotHash(members[0]) === null) return null;
  const h = histories.get(set);
  if (h !== undefined) {
    const replayed = historyTable(h, members);
    if (replayed !== null) return replayed;
    histories.delete(set);
  }
  const base = bases.get(set);
  if (base !== undefined) {
    const merged = baseTable(base, members);
    if (merged !== null) return merged;
    bases.delete(set);
  }
  const hashes = new Array<bigint | number>(n);
  for (let k = 0; k < n; k++) {
    const h = slotHash(members[k]);
    if (h === null) return null;
    hashes[k] = h;
  }
  const display = constantDisplays.get(set);
  if (display !== undefined) return displayTable(display.items, display.iterated, members, hashes);
  return tableOf(
    hashes,
    Array.from({ length: n }, (_, k) => k),
  );
}

/**
 * The table a set had right after a merge (setMerge.ts: set(s), s.copy(), s |= t, s.update(d)),
 * which adding one member at a time does not give: CPython copies the other set's table or
 * sizes the table for both at once. `members` are the set's members then, in the order added.
 */
interface Base {
  members: readonly PyValue[];
  table: Table;
}

const bases = new WeakMap<object, Base>();

/** The slot hashes of `values`, or null when one varies by run. */
function slotHashes(values: readonly PyValue[]): (bigint | number)[] | null {
  const out = new Array<bigint | number>(values.length);
  for (let k = 0; k < values.length; k++) {
    const h = slotHash(values[k]);
    if (h === null) return null;
    out[k] = h;
  }
  return out;
}

/**
 * Notes a merge into `set` as CPython's set_merge and set_update_internal make it: `before` its
 * members before (in the order added), `after` after (the new ones appended), `adds` the
 * members merged in, in the order CPython adds them. `source`, a set and its members (in the
 * order added), is copied table and all when `set` was empty; a merge into a set holding
 * members, or of a dict's keys, first sizes the table for `adds.length` more.
 */
export function noteSetMerge(
  set: object,
  before: readonly PyValue[],
  adds: readonly PyValue[],
  after: readonly PyValue[],
  source: { table: Table; members: readonly PyValue[] } | null,
): void {
  // Most merges of sets with no fixed order (of strs, of objects) tell by the first member.
  const prior =
    after.length === 0 || slotHash(after[0]) === null ? null : tableFor(set, before, true);
  noteSetUnordered(set);
  if (prior === null) return;
  const hashes = slotHashes(after);
  if (hashes === null) return;
  const index = new Map<PyValue, number>();
  for (let k = 0; k < after.length; k++) index.set(after[k], k);
  const table = renumbered(prior, hashes, (m) => index.get(before[m])!);
  // One resize first, for all the members to come (it also drops the dummies).
  if ((table.fill + adds.length) * 5 >= table.mask * 3) {
    table.resize((table.used + adds.length) * 2);
  }
  // set_merge copies or cleanly inserts only into a table with no members and no dummies.
  if (source !== null && table.fill === 0) {
    table.mergeIntoEmpty(renumbered(source.table, hashes, (m) => index.get(source.members[m])!));
  } else {
    for (const v of adds) {
      const m = index.get(v);
      // A member the set had already (or an equal one) stays where it is.
      if (m !== undefined && m >= before.length) table.add(m);
    }
  }
  bases.set(set, { members: after.slice(), table });
}

/** Notes that `set` took the members (in the order added) and the table of `source`. */
export function noteSetSwap(set: object, source: object, members: readonly PyValue[]): void {
  const table = members.length === 0 ? null : tableFor(source, members);
  histories.delete(set);
  constantDisplays.delete(set);
  stalePop(set);
  if (table === null) bases.delete(set);
  else bases.set(set, { members: members.slice(), table });
}

/** Makes the next pop rebuild `set`'s table; CPython's finger stays where it was. */
function stalePop(set: object): void {
  const state = pops.get(set);
  if (state !== undefined) state.size = -1;
}

/** The table of a set with a base (its members start with the base's), or null. */
function baseTable(base: Base, members: readonly PyValue[]): Table | null {
  const n = base.members.length;
  if (members.length < n) return null;
  for (let k = 0; k < n; k++) if (members[k] !== base.members[k]) return null;
  const hashes = slotHashes(members);
  if (hashes === null) return null;
  const table = renumbered(base.table, hashes, (m) => m);
  for (let m = n; m < members.length; m++) table.add(m);
  return table;
}

function emptyHistory(): History {
  const hashes: (bigint | number)[] = [];
  return { values: [], events: [], live: [], hashes, table: new Table(hashes), applied: 0 };
}

/** A history of a set with a base, starting from the base's table; null when it has none. */
function historyFromBase(set: object, added: () => PyValue[]): History | null {
  const base = bases.get(set);
  if (base === undefined) return null;
  bases.delete(set);
  const members = added();
  const n = base.members.length;
  if (members.length < n) return null;
  for (let k = 0; k < n; k++) if (members[k] !== base.members[k]) return null;
  const hashes = slotHashes(base.members);
  if (hashes === null) return null;
  const values = base.members.slice();
  const live = values.map((_, k) => k);
  const table = renumbered(base.table, hashes, (m) => m);
  return { values, events: [], live, hashes, table, applied: 0 };
}

/**
 * The members of `set` (in the order they were added) in the order CPython's set iterates
 * them, or null when some member's hash is not fixed across runs (then any order is CPython's).
 */
export function cpythonSetOrder(set: object, members: readonly PyValue[]): PyValue[] | null {
  return cpythonSetPermutation(set, members)?.map((m) => members[m]) ?? null;
}

/** The table CPython holds for `set`'s members (in the order they were added), or null. */
export function cpythonSetTable(set: object, members: readonly PyValue[]): Table | null {
  return tableFor(set, members);
}

/** Forgets what `set`'s order was replayed from: a member with no fixed hash joined it. */
export function noteSetUnordered(set: object): void {
  bases.delete(set);
  histories.delete(set);
  constantDisplays.delete(set);
  stalePop(set);
}

/** cpythonSetOrder's order as indices into `members`. */
export function cpythonSetPermutation(set: object, members: readonly PyValue[]): number[] | null {
  if (members.length < 2) return null;
  const table = tableFor(set, members);
  return table === null ? null : table.order();
}

/** A set's table as its pops left it (popped slots hold dummies), with the finger after them. */
interface PopState {
  table: Table;
  members: readonly PyValue[];
  size: number;
  finger: number;
  /** How many events the set's history had when the table was last right (-1: no history). */
  events: number;
}

/** How many adds and discards a set's history holds, -1 when it has none. */
function historyLength(set: object): number {
  return histories.get(set)?.events.length ?? -1;
}

/** Kept from pop to pop, so that emptying a set by pop() costs one table, not one a pop. */
const pops = new WeakMap<object, PopState>();

/**
 * The member set.pop() takes: the first one in CPython's table from where the last pop left
 * off (setobject.c's finger), wrapping; null when the set has no fixed order (then the first
 * added goes). `size` and `has` tell whether the table kept from the last pop still holds.
 */
export function cpythonPop(
  set: object,
  size: number,
  added: () => PyValue[],
  has: (v: PyValue) => boolean,
): PyValue | null {
  let state = pops.get(set);
  if (state === undefined || state.size !== size || state.events !== historyLength(set)) {
    const members = added();
    const table = tableFor(set, members);
    if (table === null) return null;
    state = { table, members, size, finger: state?.finger ?? 0, events: historyLength(set) };
    pops.set(set, state);
  }
  const { table } = state;
  let at = state.finger & table.mask;
  while (table.slots[at] < 0) at = (at + 1) & table.mask;
  const taken = state.members[table.slots[at]];
  if (!has(taken)) {
    // Changed since the last pop without changing size: start from the set as it is, the
    // finger kept (CPython's stays where the last pop left it).
    const members = added();
    const fresh = tableFor(set, members);
    if (fresh === null) return null;
    const events = historyLength(set);
    pops.set(set, { table: fresh, members, size, finger: state.finger, events });
    return cpythonPop(set, size, added, has);
  }
  table.slots[at] = DUMMY;
  table.used--;
  state.size = size - 1;
  state.finger = at + 1;
  // The set's history will hold this pop's discard too (a set without one may start one):
  // any other change makes the table stale.
  state.events = histories.has(set) ? historyLength(set) + 1 : -1;
  return taken;
}

/**
 * The table of a set made by a constant display, then changed: the members still there from
 * the display come first in `members`, in its order; display items gone since were discarded
 * (their slots hold dummies) and the members after them were added. Indices past `members`
 * stand for the discarded items, their hashes appended to `hashes`.
 */
function displayTable(
  display: readonly PyValue[],
  iterated: boolean,
  members: readonly PyValue[],
  hashes: (bigint | number)[],
): Table | null {
  const index = new Array<number>(display.length);
  let kept = 0;
  for (let d = 0; d < display.length; d++) {
    if (kept < members.length && display[d] === members[kept]) index[d] = kept++;
    else {
      const h = slotHash(display[d]);
      if (h === null) return null;
      index[d] = hashes.length;
      hashes.push(h);
    }
  }
  const folded = tableOf(hashes, tableOf(hashes, index).order());
  // A loop iterates the frozenset constant itself, which nothing can change.
  if (iterated) return folded;
  const table = new Table(hashes);
  table.mergeIntoEmpty(folded);
  for (const m of index) if (m >= members.length) table.discard(m);
  for (let m = kept; m < members.length; m++) table.add(m);
  return table;
}

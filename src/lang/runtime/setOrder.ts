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

import { intHash, numberHash } from './numericHash';
import { PyTuple, type PyValue } from './values';

const UINT64 = 1n << 64n;
const MASK64 = UINT64 - 1n;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MIN_SIZE = 8;
const EMPTY = -1;
const DUMMY = -2;

// Python/pyhash.h's xxHash-based tuple hash (64-bit constants).
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** hash(t) of a tuple as CPython 3.8+ computes it, or null if a member's hash varies by run. */
export function tupleHash(t: PyTuple): bigint | null {
  let acc = XXPRIME_5;
  for (const item of t.items) {
    const h = fixedHash(item);
    if (h === null) return null;
    const lane = h < 0n ? h + UINT64 : h;
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(t.items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return acc >= 1n << 63n ? acc - UINT64 : acc;
}

/**
 * hash(frozenset) of these members as CPython 3.11 computes it (setobject.c, frozenset_hash):
 * their hashes shuffled and xor-ed (order does not matter), mixed with the size; null when a
 * member's hash varies by run.
 */
export function frozensetHash(members: readonly PyValue[]): bigint | null {
  const shuffle = (h: bigint): bigint => {
    const u = h & MASK64;
    return ((u ^ 89869747n ^ (u << 16n)) * 3644798167n) & MASK64;
  };
  let hash = 0n;
  for (const m of members) {
    const h = fixedHash(m);
    if (h === null) return null;
    hash ^= shuffle(h);
  }
  hash ^= (BigInt(members.length + 1) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) hash = 590923713n;
  return hash >= 1n << 63n ? hash - UINT64 : hash;
}

/** hash(v) when it is the same on every CPython run (ints, floats, bools, tuples of them). */
export function fixedHash(v: PyValue): bigint | null {
  switch (typeof v) {
    case 'bigint':
      return intHash(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      // NaN hashes by identity in CPython 3.10+.
      return Number.isNaN(v) ? null : numberHash(v);
  }
  if (v instanceof PyTuple && v.constructor === PyTuple) return tupleHash(v);
  return null;
}

/**
 * The table slot CPython gives a hash: linear probes, then the perturbed jump, to the first
 * empty slot; with `reuseDummy`, the last dummy passed on the way if there was one (3.11's
 * set_add_entry sets its `freeslot` at every dummy it passes, not only at the first).
 */
function freeSlot(
  table: Int32Array,
  mask: number,
  hash: bigint | number,
  reuseDummy = false,
): number {
  let dummy = -1;
  let i: number;
  let perturb: bigint | number;
  if (typeof hash === 'number') {
    perturb = hash;
    i = hash % (mask + 1);
  } else {
    perturb = hash < 0n ? hash + UINT64 : hash;
    i = Number(perturb & BigInt(mask));
  }
  for (;;) {
    const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
    for (let j = i; j <= last; j++) {
      const m = table[j];
      if (m === EMPTY) return dummy >= 0 ? dummy : j;
      if (m === DUMMY && reuseDummy) dummy = j;
    }
    if (typeof perturb === 'number') {
      // Exact: a number hash is below 2^53.
      perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) % (mask + 1);
    } else {
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) % BigInt(mask + 1));
    }
  }
}

// Made once, not per member: V8 does not hoist the BigInt(...) call.
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A member's fixed hash, as a number when it is a safe non-negative one (most ints). */
function slotHash(v: PyValue): bigint | number | null {
  if (typeof v === 'bigint' && v >= 0n && v <= MAX_SAFE) return Number(v);
  const h = fixedHash(v);
  if (h === null) return null;
  return h >= 0n && h <= MAX_SAFE ? Number(h) : h;
}

/** A CPython set table of member indices (EMPTY, DUMMY), filled as setobject.c fills it. */
class Table {
  mask = MIN_SIZE - 1;
  slots = new Int32Array(MIN_SIZE).fill(EMPTY);
  used = 0;
  /** Slots ever filled since the last resize: members and dummies. */
  fill = 0;
  constructor(private readonly hashes: readonly (bigint | number)[]) {}

  order(): number[] {
    const out: number[] = [];
    for (const m of this.slots) if (m >= 0) out.push(m);
    return out;
  }

  /** set_table_resize: the smallest power of two above minUsed, refilled in table order. */
  resize(minUsed: number): void {
    const old = this.order();
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(EMPTY);
    for (const m of old) this.slots[freeSlot(this.slots, this.mask, this.hashes[m])] = m;
    this.fill = this.used;
  }

  /** set_add_entry of a member not yet in the table: into the last dummy on its way, if any. */
  add(m: number): void {
    const at = freeSlot(this.slots, this.mask, this.hashes[m], true);
    const reused = this.slots[at] === DUMMY;
    this.slots[at] = m;
    this.used++;
    if (reused) return;
    this.fill++;
    if (this.fill * 5 >= this.mask * 3)
      this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** The end of set_difference_update_internal: a resize when over a quarter are dummies. */
  dropDummies(): void {
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_discard_entry: the slot keeps a dummy, which later probes pass over. */
  discard(m: number): void {
    const at = this.slots.indexOf(m);
    if (at < 0) return;
    this.slots[at] = DUMMY;
    this.used--;
  }

  /** set_merge of another table into this empty one (set(s), SET_UPDATE of a literal). */
  mergeIntoEmpty(other: Table): void {
    if (other.used === 0) return;
    if (other.used * 5 >= this.mask * 3) this.resize(other.used * 2);
    if (this.mask === other.mask && other.fill === other.used) this.slots = other.slots.slice();
    else {
      for (const m of other.order())
        this.slots[freeSlot(this.slots, this.mask, this.hashes[m])] = m;
    }
    this.used = this.fill = other.used;
  }
}

function tableOf(hashes: readonly (bigint | number)[], adding: readonly number[]): Table {
  const t = new Table(hashes);
  for (const m of adding) t.add(m);
  return t;
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
    const hashes: (bigint | number)[] = [];
    h = { values: [], events: [], live: [], hashes, table: new Table(hashes), applied: 0 };
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

/** The table CPython holds for `set`'s members (in the order they were added), or null. */
function tableFor(set: object, members: readonly PyValue[]): Table | null {
  const n = members.length;
  // Most sets that have no fixed order (of objects, of strs) tell by their first member.
  if (n === 0 || slotHash(members[0]) === null) return null;
  const h = histories.get(set);
  if (h !== undefined) {
    const replayed = historyTable(h, members);
    if (replayed !== null) return replayed;
    histories.delete(set);
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
 * The members of `set` (in the order they were added) in the order CPython's set iterates
 * them, or null when some member's hash is not fixed across runs (then any order is CPython's).
 */
export function cpythonSetOrder(set: object, members: readonly PyValue[]): PyValue[] | null {
  if (members.length < 2) return null;
  const table = tableFor(set, members);
  return table === null ? null : table.order().map((m) => members[m]);
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

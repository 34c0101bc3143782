// A CPython set's table (Objects/setobject.c): open addressing over a power-of-two array of
// member indices, probed linearly then by the perturbed jump, resized when two thirds full.
// setOrder.ts fills one as CPython fills it to find the order a set iterates in.

const UINT64 = 1n << 64n;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MIN_SIZE = 8;
export const EMPTY = -1;
export const DUMMY = -2;

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

/** A CPython set table of member indices (EMPTY, DUMMY), filled as setobject.c fills it. */
export class Table {
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

export function tableOf(hashes: readonly (bigint | number)[], adding: readonly number[]): Table {
  const t = new Table(hashes);
  for (const m of adding) t.add(m);
  return t;
}

/** A copy of `t` over `hashes`, each slot's member renumbered by `renumber`. */
export function renumbered(
  t: Table,
  hashes: (bigint | number)[],
  renumber: (m: number) => number,
): Table {
  const out = new Table(hashes);
  out.mask = t.mask;
  out.used = t.used;
  out.fill = t.fill;
  out.slots = t.slots.map((m) => (m >= 0 ? renumber(m) : m));
  return out;
}

// A set of instances hashed by identity (micrograd's `visited`, microgpt's `seen`): an
// open-addressing table of the instances' numbers (PyInstance.hid) in two typed arrays, and
// the instances in the order they were added. V8's Map keyed by objects spends 100+ ns on an
// add in a table of tens of thousands; this one touches two ints and, on a match, one object.

/** What the table holds: an object with a number of its own, fixed at birth. */
export interface Numbered {
  readonly hid: number;
}

const MIN_SLOTS = 32;

export class IdentityTable<T extends Numbered> {
  /** The members, in the order they were added. */
  readonly members: T[] = [];
  /** Per slot: the member's hid, valid where `index` is not 0. */
  private hids = new Int32Array(MIN_SLOTS);
  /** Per slot: 1 + the member's place in `members`, or 0 for an empty slot. */
  private index = new Int32Array(MIN_SLOTS);
  private mask = MIN_SLOTS - 1;

  has(o: T): boolean {
    const h = o.hid;
    const { hids, index, mask } = this;
    for (let i = Math.imul(h, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      const e = index[i];
      if (e === 0) return false;
      if (hids[i] === h && this.members[e - 1] === o) return true;
    }
  }

  /** Adds `o`; false when it was there already. */
  add(o: T): boolean {
    const h = o.hid;
    const { hids, index, mask } = this;
    let i = Math.imul(h, 0x9e3779b1) & mask;
    for (; ; i = (i + 1) & mask) {
      const e = index[i];
      if (e === 0) break;
      if (hids[i] === h && this.members[e - 1] === o) return false;
    }
    const n = this.members.push(o);
    hids[i] = h;
    index[i] = n;
    // At most half full: probes stay short.
    if (2 * n > mask) this.grow();
    return true;
  }

  /** A copy, its slots copied as they are (no member hashed again). */
  clone(): IdentityTable<T> {
    const out = new IdentityTable<T>();
    out.members.push(...this.members);
    out.hids = this.hids.slice();
    out.index = this.index.slice();
    out.mask = this.mask;
    return out;
  }

  private grow(): void {
    const slots = 2 * (this.mask + 1);
    const hids = new Int32Array(slots);
    const index = new Int32Array(slots);
    const mask = slots - 1;
    // From the old slots, not from the members: no member object is touched (they are
    // scattered over the heap; the slots are two dense arrays).
    const oldHids = this.hids;
    const oldIndex = this.index;
    for (let j = 0; j < oldIndex.length; j++) {
      const e = oldIndex[j];
      if (e === 0) continue;
      const h = oldHids[j];
      let i = Math.imul(h, 0x9e3779b1) & mask;
      while (index[i] !== 0) i = (i + 1) & mask;
      hids[i] = h;
      index[i] = e;
    }
    this.hids = hids;
    this.index = index;
    this.mask = mask;
  }
}

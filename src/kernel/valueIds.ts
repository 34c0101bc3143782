import type { Value } from '../engine/value';

/**
 * Stable ids for Values, for the life of a session: a graph drawn twice names the same
 * Value by the same id, so the panel can update data and grads in place. Weak, so ids
 * never keep a graph alive.
 */
export class ValueIds {
  private readonly ids = new WeakMap<Value, number>();
  private readonly byId = new Map<number, WeakRef<Value>>();
  private next = 1;

  idOf(v: Value): number {
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(v, id);
      this.byId.set(id, new WeakRef(v));
    }
    return id;
  }

  /** The Value with this id, if it is still alive. */
  find(id: number): Value | undefined {
    const v = this.byId.get(id)?.deref();
    if (v === undefined) this.byId.delete(id);
    return v;
  }

  /** Forget ids whose Values are gone (called after each run, cheap when few are dead). */
  sweep(): void {
    for (const [id, ref] of this.byId) if (ref.deref() === undefined) this.byId.delete(id);
  }
}

import type { GraphNode } from '../lang/runtime/valueLike';

/**
 * Stable ids for Values, for the life of a session: a graph drawn twice names the same
 * Value by the same id, so the panel can update data and grads in place. Weak, so ids
 * never keep a graph alive.
 */
export class ValueIds {
  private readonly ids = new WeakMap<GraphNode, number>();
  private readonly byId = new Map<number, WeakRef<GraphNode>>();
  private next = 1;
  private sizeAfterSweep = 1024;

  idOf(v: GraphNode): number {
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(v, id);
      this.byId.set(id, new WeakRef(v));
    }
    return id;
  }

  /** The Value with this id, if it is still alive. */
  find(id: number): GraphNode | undefined {
    const v = this.byId.get(id)?.deref();
    if (v === undefined) this.byId.delete(id);
    return v;
  }

  /**
   * Forget ids whose Values are gone. Called after each run, it walks the table only once
   * it has doubled since the last walk, so many short runs cost linear time in all.
   */
  sweep(): void {
    if (this.byId.size < 2 * this.sizeAfterSweep) return;
    for (const [id, ref] of this.byId) if (ref.deref() === undefined) this.byId.delete(id);
    this.sizeAfterSweep = Math.max(1024, this.byId.size);
  }
}

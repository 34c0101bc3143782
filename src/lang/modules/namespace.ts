// The namespace of a standard module: a fixed table of names, written to only by the
// program (`math.tau = 1` works, as in Python). `vars(math)` / `math.__dict__` turns it into
// a dict the namespace then lives in, so writes through either side are seen by the other.

import type { ModuleNamespace, PyValue } from '../runtime/values';
import { PyDict } from '../runtime/values';

export class TableNamespace implements ModuleNamespace {
  private live: PyDict | null = null;
  constructor(
    private readonly name: string,
    private readonly table: Map<string, PyValue>,
  ) {}
  lookup(name: string): PyValue | undefined {
    if (this.live !== null) return this.live.map.get(name)?.value;
    return this.table.get(name);
  }
  assign(name: string, v: PyValue): void {
    if (this.live === null) {
      this.table.set(name, v);
      return;
    }
    const e = this.live.map.get(name);
    if (e !== undefined) e.value = v;
    else this.live.map.set(name, { key: name, value: v });
  }
  remove(name: string): boolean {
    if (this.live === null) return this.table.delete(name);
    return this.live.map.delete(name);
  }
  names(): string[] {
    if (this.live === null) return [...this.table.keys()];
    const out: string[] = [];
    for (const k of this.live.map.keys())
      if (typeof k === 'string' && k !== '__name__') out.push(k);
    return out;
  }
  dict(): PyDict {
    if (this.live === null) {
      const d = new PyDict();
      d.map.set('__name__', { key: '__name__', value: this.name });
      for (const [k, v] of this.table) d.map.set(k, { key: k, value: v });
      this.live = d;
    }
    return this.live;
  }
}

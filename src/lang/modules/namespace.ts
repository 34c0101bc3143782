// The namespace of a standard module: a fixed table of names, written to only by the
// program (`math.tau = 1` works, as in Python).

import type { ModuleNamespace, PyValue } from '../runtime/values';

export class TableNamespace implements ModuleNamespace {
  constructor(private readonly table: Map<string, PyValue>) {}
  lookup(name: string): PyValue | undefined {
    return this.table.get(name);
  }
  assign(name: string, v: PyValue): void {
    this.table.set(name, v);
  }
  names(): string[] {
    return [...this.table.keys()];
  }
}

// An inline cache for one class-attribute lookup at one site of compiled code (a method
// call `o.m(…)`, an operator's special method): the class seen last, its version then, and
// what the lookup found. Any change to a class or its bases bumps the version (PyClass.
// invalidate), exactly when the class's own lookup cache is cleared.

import type { PyClass } from './objects';
import type { PyValue } from './values';

export class LookupSite {
  private cls: PyClass | null = null;
  private version = -1;
  private value: PyValue | undefined = undefined;
  constructor(readonly name: string) {}

  /** `cls.lookup(name)`, from the cache when the class is the one seen last, unchanged. */
  get(cls: PyClass): PyValue | undefined {
    if (cls === this.cls && cls.version === this.version) return this.value;
    const v = cls.lookup(this.name);
    this.cls = cls;
    this.version = cls.version;
    this.value = v;
    return v;
  }
}

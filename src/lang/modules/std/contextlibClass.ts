// The classes of module contextlib: native methods, and instances that hold their state.

import { c3, NativeMethod, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { OBJECT } from '../../runtime/types';
import type { Kwargs, PyValue } from '../../runtime/values';

export type Impl = (self: PyInstance, args: PyValue[], kw: Kwargs) => PyValue;

/** A class of contextlib's whose methods are native and whose instances hold their state. */
export function contextClass(
  name: string,
  methods: [string, Impl][],
  init: (self: PyInstance, args: PyValue[], kw: Kwargs) => void,
): PyClass {
  const dict = new Map<string, PyValue>([['__module__', 'contextlib']]);
  for (const [m, impl] of methods) dict.set(m, new NativeMethod(m, name, impl));
  const cls = new PyClass(name, [OBJECT], dict, null, true);
  cls.mro = c3(cls, [OBJECT])!;
  cls.construct = (args, kw) => {
    const o = new PyInstance(cls, newAttrs());
    init(o, args, kw);
    return o;
  };
  return cls;
}

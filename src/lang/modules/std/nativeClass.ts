// A standard module's class written natively (timeit.Timer, io.StringIO): its methods, its
// read-only properties and its __init__ are native. It is not marked built-in, so a program
// may derive from it, and calling it (or a subclass) makes an instance and runs __init__, as
// for a class of the program's own.

import { c3, NativeMethod, PyClass, PyProperty, type PyInstance } from '../../runtime/objects';
import { OBJECT } from '../../runtime/types';
import { Builtin, type Kwargs, type PyValue } from '../../runtime/values';

export type Impl = (self: PyInstance, args: PyValue[], kw: Kwargs) => PyValue;

export interface NativeClassSpec {
  name: string;
  /** The class's __module__ (CPython's: '_io' for StringIO, 'timeit' for Timer). */
  module: string;
  init: (self: PyInstance, args: PyValue[], kw: Kwargs) => void;
  methods: [string, Impl][];
  properties?: [string, (self: PyInstance) => PyValue][];
  /** Its bases (object when absent). */
  bases?: PyClass[];
}

export function nativeClass(spec: NativeClassSpec): PyClass {
  const { name, init } = spec;
  const dict = new Map<string, PyValue>([['__module__', spec.module]]);
  dict.set(
    '__init__',
    new NativeMethod('__init__', name, (self: PyInstance, args: PyValue[], kw: Kwargs) => {
      init(self, args, kw);
      return null;
    }),
  );
  for (const [m, impl] of spec.methods) dict.set(m, new NativeMethod(m, name, impl));
  for (const [p, get] of spec.properties ?? []) {
    dict.set(
      p,
      new PyProperty(new Builtin(p, (args) => get(args[0] as PyInstance)), null, null, null, p),
    );
  }
  const bases = spec.bases ?? [OBJECT];
  const cls = new PyClass(name, bases, dict);
  cls.mro = c3(cls, bases)!;
  return cls;
}

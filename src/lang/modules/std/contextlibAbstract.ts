// contextlib.AbstractContextManager: an abstract base class whose __enter__ returns the
// object itself and whose __exit__ (abstract) returns None. A class that derives from it and
// leaves __exit__ undefined cannot be instantiated; any class that defines both __enter__ and
// __exit__ (neither set to None) counts as its subclass, as CPython's __subclasshook__ says.

import { markAbstract } from '../../runtime/abstract';
import { exactArgs } from '../../runtime/args';
import { NativeMethod, PyInstance, type PyClass } from '../../runtime/objects';
import { OBJECT } from '../../runtime/types';
import type { PyValue } from '../../runtime/values';
import { abcClass } from './abc';

const NAME = 'AbstractContextManager';

function defines(c: PyClass, name: string): boolean {
  const v = c.lookup(name);
  return v !== undefined && v !== null;
}

/** The abstract __exit__: a subclass that does not override it stays abstract. */
const EXIT = new NativeMethod('__exit__', NAME, () => null);
markAbstract(EXIT);

export function abstractContextManager(): PyClass {
  const cls = abcClass(
    NAME,
    'contextlib',
    [OBJECT],
    ['__exit__'],
    [
      [
        '__enter__',
        new NativeMethod('__enter__', NAME, (self: PyValue, args, kw) => {
          exactArgs('__enter__', 0, args, kw);
          return self;
        }),
      ],
      ['__exit__', EXIT],
    ],
  );
  const hook = (c: PyClass): boolean =>
    c.isSubclassOf(cls) || (defines(c, '__enter__') && defines(c, '__exit__'));
  cls.subclassCheck = hook;
  cls.instanceCheck = (v) => v instanceof PyInstance && hook(v.cls);
  return cls;
}

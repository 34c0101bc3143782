// abc: ABC (a base class whose subclasses keep track of their abstract methods), ABCMeta
// (their type), abstractmethod. The bookkeeping of abstract methods, and ABCMeta's
// register(), are the runtime's (runtime/abstract.ts): instantiation and isinstance use them.

import { markAbstract } from '../../runtime/abstract';
import { bindBuiltin } from '../../runtime/args';
import { c3, PyClass, PyClassMethod, PyProperty, PyStaticMethod } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { ABC_META, OBJECT } from '../../runtime/types';
import { Builtin, PyTuple, type PyValue } from '../../runtime/values';

/**
 * A class as ABCMeta makes it, in module `module`: derivable, with `abstract` as all its
 * abstract methods (its bases' included), `__slots__ = ()`, and `members`.
 */
export function abcClass(
  name: string,
  module: string,
  bases: PyClass[],
  abstract: readonly string[],
  members: [string, PyValue][] = [],
): PyClass {
  const dict = new Map<string, PyValue>([
    ['__module__', module],
    ['__slots__', new PyTuple([])],
    ...members,
  ]);
  const cls = new PyClass(name, bases, dict);
  cls.mro = c3(cls, bases)!;
  for (const b of bases) b.subclasses.push(cls);
  cls.slotNames = new Set();
  cls.abstractMethods = new Set(abstract);
  return cls;
}

/**
 * The deprecated spellings older programs still use: abstractclassmethod(f) and
 * abstractstaticmethod(f) mark `f` and wrap it; abstractproperty(fget, fset, fdel, doc) is a
 * property that is itself abstract.
 */
function deprecatedAbstracts(): [string, PyValue][] {
  const wrapper = (name: string, wrap: (f: PyValue) => PyValue): [string, PyValue] => [
    name,
    new Builtin(name, (args, kw) => {
      const [f] = bindBuiltin(name, ['callable'], 1, args, kw);
      markAbstract(f!);
      return wrap(f!);
    }),
  ];
  return [
    wrapper('abstractclassmethod', (f) => new PyClassMethod(f)),
    wrapper('abstractstaticmethod', (f) => new PyStaticMethod(f)),
    [
      'abstractproperty',
      new Builtin('abstractproperty', (args, kw) => {
        const [fget, fset, fdel, doc] = bindBuiltin(
          'abstractproperty',
          ['fget', 'fset', 'fdel', 'doc'],
          0,
          args,
          kw,
        );
        const p = new PyProperty(fget ?? null, fset ?? null, fdel ?? null, doc ?? null);
        markAbstract(p);
        return p;
      }),
    ],
  ];
}

export function abcModule(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    ...deprecatedAbstracts(),
    ['ABC', abcClass('ABC', 'abc', [OBJECT], [])],
    ['ABCMeta', ABC_META],
    [
      'abstractmethod',
      new Builtin('abstractmethod', (args, kw) => {
        if (args.length !== 1 || (kw !== null && kw.size > 0)) {
          throw typeError(
            args.length === 0
              ? "abstractmethod() missing 1 required positional argument: 'funcobj'"
              : `abstractmethod() takes 1 positional argument but ${args.length} were given`,
          );
        }
        const f = args[0];
        if (typeof f !== 'object' || f === null) {
          throw typeError(`'${typeName(f)}' object has no attribute '__isabstractmethod__'`);
        }
        markAbstract(f);
        return f;
      }),
    ],
  ]);
}

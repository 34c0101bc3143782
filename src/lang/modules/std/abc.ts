// abc: ABC (a base class whose subclasses keep track of their abstract methods), ABCMeta
// (their type), abstractmethod, and register (a virtual subclass: isinstance and
// issubclass answer True for it without it deriving from the ABC). The bookkeeping of
// abstract methods is the runtime's (runtime/abstract.ts), as instantiation checks it.

import { markAbstract } from '../../runtime/abstract';
import { c3, PyClass, PyClassMethod } from '../../runtime/objects';
import { typeName } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { ABC_META, OBJECT, typeOf } from '../../runtime/types';
import { Builtin, PyTuple, type PyValue } from '../../runtime/values';

/** The classes registered as virtual subclasses of each ABC (with register()). */
const REGISTERED = new WeakMap<PyClass, PyClass[]>();

/** issubclass(c, abc) as ABCMeta answers it: by the MRO, else by a registration. */
function isVirtualSubclass(c: PyClass, abc: PyClass): boolean {
  if (c.isSubclassOf(abc)) return true;
  const registered = REGISTERED.get(abc);
  return registered !== undefined && registered.some((r) => c.isSubclassOf(r));
}

/**
 * `abc.register(sub)`: sub counts as a subclass of abc and of abc's own ABC bases (as a
 * class registered with numbers.Integral is a numbers.Number).
 */
export function registerVirtualSubclass(abc: PyClass, sub: PyClass): void {
  for (const base of abc.mro) {
    if (base.abstractMethods === null) continue;
    const list = REGISTERED.get(base) ?? [];
    if (!list.includes(sub)) list.push(sub);
    REGISTERED.set(base, list);
    base.subclassCheck = (c) => isVirtualSubclass(c, base);
    base.instanceCheck = (v) => isVirtualSubclass(typeOf(v), base);
  }
}

const REGISTER = new PyClassMethod(
  new Builtin('register', (args) => {
    const [cls, sub] = args;
    if (!(cls instanceof PyClass) || args.length !== 2) {
      throw typeError(`register() takes exactly one argument (${args.length - 1} given)`);
    }
    if (!(sub instanceof PyClass)) throw typeError('Can only register classes');
    registerVirtualSubclass(cls, sub);
    return sub;
  }),
);

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

/** ABCMeta's register(), which ToyGrad keeps in the class (ABC, numbers.Number) for its subclasses. */
export const REGISTER_MEMBER: [string, PyValue] = ['register', REGISTER];

export function abcModule(): Map<string, PyValue> {
  const abc = abcClass('ABC', 'abc', [OBJECT], [], [REGISTER_MEMBER]);
  abc.dict.set(
    '__doc__',
    'Helper class that provides a standard way to create an ABC using\ninheritance.',
  );
  return new Map<string, PyValue>([
    ['ABC', abc],
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

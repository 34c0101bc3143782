// The type of every value: one PyClass per kind of value, found from the value. Built-in
// types (int, list, Value, ValueError…) are PyClass objects shared by every interpreter, so
// `type(x) is int`, isinstance and except clauses compare classes by identity; calling a
// built-in type runs the constructor of the interpreter that is running (rt.constructors).

import { c3, NativeMethod, PyClass, PyClassMethod, PyInstance } from './objects';
import { typeName } from './typeName';
import { rt, typeError } from './state';
import { Builtin, PyNamedTuple, type Kwargs, type PyValue } from './values';

const registry = new Map<string, PyClass>();

function make(name: string, bases: PyClass[]): PyClass {
  const cls = new PyClass(name, bases, new Map(), null, true);
  cls.mro = c3(cls, bases)!;
  for (const b of bases) b.subclasses.push(cls);
  cls.construct = (args: PyValue[], kw: Kwargs): PyValue => {
    const ctor = rt.constructors.get(cls);
    if (ctor === undefined) throw typeError(`cannot create '${name}' instances`);
    return ctor(args, kw);
  };
  registry.set(name, cls);
  return cls;
}

export const OBJECT = make('object', []);

/** object.__init__: what a class without its own __init__ runs. */
export const OBJECT_INIT = new NativeMethod(
  '__init__',
  'object',
  (_self: PyValue, args) => {
    if (args.length > 0) {
      throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    }
    return null;
  },
  true,
);
OBJECT.dict.set('__init__', OBJECT_INIT);
// object.__init_subclass__, which a class's own hook reaches by super(): takes no keywords.
OBJECT.dict.set(
  '__init_subclass__',
  new PyClassMethod(
    new Builtin('__init_subclass__', (args, kw) => {
      if (kw !== null && kw.size > 0) {
        // Named by the class it is bound to (`class C(k=1)`: "C.__init_subclass__()").
        const owner = args[0] instanceof PyClass ? args[0].name : 'object';
        throw typeError(`${owner}.__init_subclass__() takes no keyword arguments`);
      }
      return null;
    }),
  ),
);
// object() instances have no attribute dict.
OBJECT.slotNames = new Set();
const INT = make('int', [OBJECT]);
make('bool', [INT]);

/** The built-in class called `name`, made on first use (with `object` as its base). */
export function builtinClass(name: string, base: PyClass = OBJECT): PyClass {
  return registry.get(name) ?? make(name, [base]);
}

/** A built-in class with several bases (ExceptionGroup derives from BaseExceptionGroup and Exception). */
export function builtinClassOf(name: string, bases: PyClass[]): PyClass {
  return registry.get(name) ?? make(name, bases);
}

/** The metaclass of the classes abc.ABC makes: `type(Module)` is `<class 'abc.ABCMeta'>`. */
export const ABC_META = make('abc.ABCMeta', [builtinClass('type')]);
builtinClass('type').makesClasses = true;
ABC_META.makesClasses = true;

/** Python's type(v). */
export function typeOf(v: PyValue): PyClass {
  if (v instanceof PyInstance || v instanceof PyNamedTuple) return v.cls;
  if (v instanceof PyClass && v.meta !== null) return v.meta.type;
  if (v instanceof PyClass && v.abstractMethods !== null) return ABC_META;
  return builtinClass(typeName(v));
}

/** isinstance(v, classinfo) with a class or a (nested) tuple of classes. */
export function isInstanceOf(v: PyValue, cls: PyClass): boolean {
  if (cls.instanceCheck !== null) return cls.instanceCheck(v);
  return typeOf(v).isSubclassOf(cls);
}

/** `<class 'int'>`, `<class '__main__.C'>`. */
/**
 * A class's `__module__` when its body set none: a built-in type named with its module
 * (`itertools.chain`, `collections.deque`) is that module's, as its tp_name says in CPython.
 */
export function defaultModule(cls: PyClass): string {
  if (!cls.builtin) return '__main__';
  const dot = cls.name.lastIndexOf('.');
  return dot < 0 ? 'builtins' : cls.name.slice(0, dot);
}

export function classRepr(cls: PyClass): string {
  // A namedtuple class is built in (its instances are tuples) but the program's own; abc.ABC
  // and numbers.Number can be derived from, but are the standard modules'.
  if (cls.meta?.repr !== undefined) return cls.meta.repr(cls);
  return plainClassRepr(cls);
}

/** The repr `type` gives a class, whatever its metaclass. */
export function plainClassRepr(cls: PyClass): string {
  const module = cls.dict.get('__module__');
  if (typeof module === 'string') return `<class '${module}.${cls.qualifiedName}'>`;
  return cls.builtin ? `<class '${cls.name}'>` : `<class '__main__.${cls.qualifiedName}'>`;
}

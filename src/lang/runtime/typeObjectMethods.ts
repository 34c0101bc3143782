// The methods a class has from its metaclass `type`: `C.mro()` (its method resolution order
// as a list) and `C.__subclasses__()` (the classes made with C as a direct base, in the order
// they were made). They are in no class's __dict__; `type.mro(C)` reads one unbound.

import { exactArgs } from './args';
import { PyClass } from './objects';
import { typeName } from './repr';
import { typeError } from './state';
import { Builtin, type PyValue } from './values';

function result(cls: PyClass, name: string): PyValue[] {
  return name === 'mro' ? cls.mro.slice() : cls.subclasses.slice();
}

/** `cls.name` for `mro` and `__subclasses__`, or undefined for any other name. */
export function typeObjectMethod(cls: PyClass, name: string): PyValue | undefined {
  if (name !== 'mro' && name !== '__subclasses__') return undefined;
  // (A metaclass finds type's own method in its MRO before its type's: unbound, as in CPython.)
  if (cls.makesClasses) {
    return new Builtin(name, (args, kw) => {
      const c = args[0];
      if (args.length === 0) throw typeError(`unbound method type.${name}() needs an argument`);
      if (!(c instanceof PyClass)) {
        throw typeError(
          `descriptor '${name}' for 'type' objects doesn't apply to a '${typeName(c)}' object`,
        );
      }
      exactArgs(`${c.name}.${name}`, 0, args.slice(1), kw);
      return result(c, name);
    });
  }
  return new Builtin(name, (args, kw) => {
    exactArgs(`${cls.name}.${name}`, 0, args, kw);
    return result(cls, name);
  });
}

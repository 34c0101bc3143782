// dir(x): the sorted names of x's attributes, as CPython lists them for what programs look at
// with it: a module (its names and the module dunders), a program's class or instance (its
// own names, its classes' along the MRO, the slots or __dict__/__weakref__ a class without
// __slots__ gets, and object's special methods). For the built-in types it lists their
// methods and object's special methods, not every special method CPython's types define.

import { attributeNames } from '../runtime/attributes';
import { instanceDict } from '../runtime/instanceDict';
import { PyClass, PyInstance } from '../runtime/objects';
import { compareStrings } from '../runtime/strOrder';
import { addClassNames } from '../runtime/classDir';
import { typeOf } from '../runtime/types';
import { callSpecial } from '../runtime/instances';
import { collect } from '../runtime/iteration';
import { sortInPlace } from '../runtime/sorting';
import { PyFunction, PyModule, type PyValue } from '../runtime/values';

const MODULE_NAMES = ['__doc__', '__loader__', '__name__', '__package__', '__spec__'];
/** What a module run from a file has besides. */
const FILE_MODULE_NAMES = ['__builtins__', '__cached__', '__file__'];

/** dir(v) for a value: its attribute names, sorted. */
export function dirOf(v: PyValue): string[] {
  const names = new Set<string>();
  if (v instanceof PyModule) {
    for (const n of v.ns.names()) names.add(n);
    for (const n of MODULE_NAMES) names.add(n);
    if (v.file !== null) for (const n of FILE_MODULE_NAMES) names.add(n);
  } else if (v instanceof PyClass || v instanceof PyInstance) {
    const cls = v instanceof PyClass ? v : v.cls;
    if (v instanceof PyInstance && cls.slotNames === null) {
      for (const e of instanceDict(v).map.values()) if (typeof e.key === 'string') names.add(e.key);
    }
    for (const c of cls.mro) addClassNames(c, names);
  } else {
    for (const n of attributeNames(v)) names.add(n);
    for (const c of typeOf(v).mro) addClassNames(c, names);
  }
  return [...names].sort(compareStrings);
}

/**
 * dir(o) for an instance whose class defines __dir__: what it returns, as a sorted list
 * (CPython's dir calls type(o).__dir__ and sorts the result); undefined otherwise.
 */
export function ownDir(v: PyValue): PyValue[] | undefined {
  if (!(v instanceof PyInstance) || !(v.cls.lookup('__dir__') instanceof PyFunction)) {
    return undefined;
  }
  const names = collect(callSpecial(v, '__dir__', [])!);
  sortInPlace(names, null, false);
  return names;
}

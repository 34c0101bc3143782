// The names dir() lists for a class: its own and its bases' (object's as CPython 3.11 has
// them), which is also where an AttributeError on a class looks for "Did you mean".

import { ownSpecialMethodNames } from './builtinSpecialMethodTable';
import { PyClass } from './objects';
import { mangle, manglingPrefix } from './privateName';
import { OBJECT } from './types';
import { PyTuple } from './values';

/** dir(object()) in CPython 3.11. */
const OBJECT_NAMES = [
  '__class__',
  '__delattr__',
  '__dir__',
  '__doc__',
  '__eq__',
  '__format__',
  '__ge__',
  '__getattribute__',
  '__getstate__',
  '__gt__',
  '__hash__',
  '__init__',
  '__init_subclass__',
  '__le__',
  '__lt__',
  '__ne__',
  '__new__',
  '__reduce__',
  '__reduce_ex__',
  '__repr__',
  '__setattr__',
  '__sizeof__',
  '__str__',
  '__subclasshook__',
];

/**
 * The data descriptors of the built-in exception classes, which ToyGrad serves from the
 * exception object (exceptions.ts's exceptionAttribute) rather than from a class dict.
 */
const EXCEPTION_FIELDS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'BaseException',
    [
      '__cause__',
      '__context__',
      '__dict__',
      '__setstate__',
      '__suppress_context__',
      '__traceback__',
      'args',
    ],
  ],
  ['AttributeError', ['name', 'obj']],
  ['ImportError', ['msg', 'name', 'path']],
  ['NameError', ['name']],
  ['OSError', ['characters_written', 'errno', 'filename', 'filename2', 'strerror']],
  ['StopIteration', ['value']],
  ['SyntaxError', ['end_lineno', 'end_offset', 'filename', 'lineno', 'msg', 'offset', 'text']],
  ['SystemExit', ['code']],
]);

/** Adds the names class `c` itself contributes to dir(). */
export function addClassNames(c: PyClass, names: Set<string>): void {
  if (c === OBJECT) {
    for (const n of OBJECT_NAMES) names.add(n);
    return;
  }
  for (const n of c.dict.keys()) names.add(n);
  if (c.builtin) {
    for (const n of EXCEPTION_FIELDS.get(c.name) ?? []) names.add(n);
    for (const n of ownSpecialMethodNames(c)) names.add(n);
    return;
  }
  names.add('__module__');
  names.add('__doc__');
  if (!c.dict.has('__slots__')) {
    names.add('__dict__');
    names.add('__weakref__');
  } else {
    // The slot names: __slots__ is a str, or an iterable of them (a tuple, a list).
    const slots = c.dict.get('__slots__');
    const items =
      typeof slots === 'string' ? [slots] : slots instanceof PyTuple ? slots.items : slots;
    // A private slot name is mangled like any name in the class body ('__x' is '_C__x').
    const prefix = manglingPrefix(c.name);
    if (Array.isArray(items))
      for (const n of items) if (typeof n === 'string') names.add(mangle(prefix, n));
  }
}

/** dir(cls) unsorted: the names of every class on its MRO. */
export function classDirNames(cls: PyClass): Set<string> {
  const names = new Set<string>();
  for (const c of cls.mro) addClassNames(c, names);
  return names;
}

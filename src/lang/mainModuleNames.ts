// The globals `python3 FILE` gives its main module before the first line runs, in CPython's
// order: `sorted(globals())` and `dir()` at the top level list the same names, and a program
// may read `__annotations__` (module-level `x: T` fills it) or reach `__builtins__`. They are
// the module's, not the learner's: the notebook's variables and hovers leave them out.

import { isSourceFileLoader, sourceFileLoader } from './modules/moduleDunders';
import { PyDict, PyModule, type PyValue } from './runtime/values';

/** Names whose first value is None, or set later (`__file__`, by the interpreter's files). */
const PLAIN_NAMES: ReadonlyMap<string, PyValue> = new Map([
  ['__name__', '__main__'],
  // `__doc__` stays None: a cell's leading string is not taken for the file's docstring.
  ['__doc__', null],
  ['__package__', null],
  ['__spec__', null],
  ['__cached__', null],
]);

/** The names, in CPython's order. */
const ORDER = [
  '__name__',
  '__doc__',
  '__package__',
  '__loader__',
  '__spec__',
  '__annotations__',
  '__builtins__',
  '__file__',
  '__cached__',
] as const;

/** The main module's starting globals, in CPython's order (`__file__` bound once known). */
export function mainModuleNames(builtins: PyModule, file: string): [string, PyValue | undefined][] {
  const loader = sourceFileLoader('__main__', file);
  const made = new Map<string, PyValue | undefined>([
    ['__loader__', loader],
    ['__annotations__', new PyDict()],
    ['__builtins__', builtins],
    ['__file__', undefined],
  ]);
  return ORDER.map((name) => [name, made.has(name) ? made.get(name) : PLAIN_NAMES.get(name)]);
}

/** True for a global the module starts with, still at its first value (not a user's name). */
export function isModuleDefault(name: string, value: PyValue): boolean {
  switch (name) {
    case '__file__':
      // The notebook's path (setFiles), a str no program has reason to change.
      return typeof value === 'string';
    case '__loader__':
      return isSourceFileLoader(value);
    case '__annotations__':
      // Module-level `x: T` adds to it: the module's record of annotations, not a variable.
      return value instanceof PyDict;
    case '__builtins__':
      return value instanceof PyModule && value.name === 'builtins';
  }
  return PLAIN_NAMES.has(name) && value === PLAIN_NAMES.get(name);
}

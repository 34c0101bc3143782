// argparse's Namespace (the parse's result: attributes shown as `Namespace(a=1, b='x')`)
// and the formatter classes a parser may be given, which pick how argparseHelp.ts lays the
// help out.

import { eq } from '../../runtime/equality';
import { instanceDict } from '../../runtime/instanceDict';
import { c3, NativeMethod, PyClass, PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import type { MethodImpl, PyValue } from '../../runtime/values';
import type { FormatterKind } from './argparseHelp';

/** A class of module argparse whose methods are native. */
export function moduleClass(name: string, methods: [string, MethodImpl<PyInstance>][]): PyClass {
  const cls = new PyClass(name, [OBJECT], new Map<string, PyValue>([['__module__', 'argparse']]));
  cls.mro = c3(cls, [OBJECT])!;
  for (const [m, impl] of methods) {
    cls.dict.set(m, new NativeMethod(m, name, impl as MethodImpl<never>));
  }
  return cls;
}

// ---- Namespace ------------------------------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const NAMESPACE = moduleClass('Namespace', [
  [
    '__init__',
    (self, args, kw) => {
      if (args.length > 0) {
        throw typeError(
          `Namespace.__init__() takes 1 positional argument but ${args.length + 1} were given`,
        );
      }
      for (const [k, v] of kw ?? []) self.attrs[k] = v;
      return null;
    },
  ],
  [
    '__repr__',
    (self) => {
      const named: string[] = [];
      const other: string[] = [];
      for (const [k, e] of instanceDict(self).map) {
        if (typeof k === 'string' && IDENTIFIER.test(k)) named.push(`${k}=${repr(e.value)}`);
        else other.push(`${repr(e.key)}: ${repr(e.value)}`);
      }
      if (other.length > 0) named.push(`**{${other.join(', ')}}`);
      return `Namespace(${named.join(', ')})`;
    },
  ],
  [
    '__eq__',
    (self, args) => {
      const other = args[0];
      if (!(other instanceof PyInstance) || !other.cls.isSubclassOf(NAMESPACE))
        return NOT_IMPLEMENTED;
      return eq(instanceDict(self), instanceDict(other));
    },
  ],
  [
    '__contains__',
    (self, args) => typeof args[0] === 'string' && self.attrs[args[0]] !== undefined,
  ],
]);
NAMESPACE.dict.set('__hash__', null);

// ---- formatter classes ----------------------------------------------------------------------

const FORMATTERS: [string, FormatterKind][] = [
  ['HelpFormatter', 'plain'],
  ['RawDescriptionHelpFormatter', 'rawDescription'],
  ['RawTextHelpFormatter', 'rawText'],
  ['ArgumentDefaultsHelpFormatter', 'defaults'],
];
export const FORMATTER_CLASSES = new Map(FORMATTERS.map(([n]) => [n, moduleClass(n, [])]));

export function formatterKind(v: PyValue): FormatterKind {
  for (const [name, kind] of FORMATTERS) if (v === FORMATTER_CLASSES.get(name)) return kind;
  throw typeError(
    "tgrad's argparse takes formatter_class= one of argparse's HelpFormatter classes",
  );
}

// typing.ForwardRef: what typing makes of a string annotation where it checks a type (a
// NamedTuple's or TypedDict's fields: `x: 'Value'`, or every field under `from __future__
// import annotations`), shown as `ForwardRef('Value')`, or `ForwardRef('float',
// module='__main__')` for a TypedDict's. Two are equal when their text and module are.

import { bindMethodArgs } from '../../runtime/args';
import { newInstanceAttrs, PyInstance, type PyClass } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { NOT_IMPLEMENTED } from '../../runtime/special';
import { typeError } from '../../runtime/state';
import { typeOf } from '../../runtime/types';
import type { PyValue } from '../../runtime/values';
import { nativeClass } from './nativeClass';

let cls: PyClass | null = null;

export function forwardRefClass(): PyClass {
  cls ??= nativeClass({
    name: 'ForwardRef',
    module: 'typing',
    init(self, args, kw) {
      const [arg, isArgument, module, isClass] = bindMethodArgs(
        'ForwardRef.__init__',
        ['arg', 'is_argument', 'module', 'is_class'],
        1,
        args,
        kw,
        1,
      );
      if (typeof arg !== 'string') {
        throw typeError(`Forward reference must be a string -- got ${repr(arg!)}`);
      }
      self.attrs.__forward_arg__ = arg;
      self.attrs.__forward_evaluated__ = false;
      self.attrs.__forward_value__ = null;
      self.attrs.__forward_is_argument__ = isArgument ?? true;
      self.attrs.__forward_is_class__ = isClass ?? false;
      self.attrs.__forward_module__ = module ?? null;
    },
    methods: [
      [
        '__repr__',
        (self) => {
          const module = self.attrs.__forward_module__ ?? null;
          const shown = module === null ? '' : `, module=${repr(module)}`;
          return `ForwardRef(${repr(self.attrs.__forward_arg__!)}${shown})`;
        },
      ],
      [
        '__eq__',
        (self, [other]) => {
          if (!isForwardRef(other!)) return NOT_IMPLEMENTED;
          const a = self.attrs;
          const b = other.attrs;
          return (
            a.__forward_arg__ === b.__forward_arg__ && a.__forward_module__ === b.__forward_module__
          );
        },
      ],
      [
        // CPython's is hash((arg, module)), which changes from run to run: any hash that equal
        // references share will do.
        '__hash__',
        (self) => {
          const text = `${String(self.attrs.__forward_arg__)}\u0000${String(self.attrs.__forward_module__)}`;
          let h = 0;
          for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
          return BigInt(h);
        },
      ],
    ],
  });
  return cls;
}

export function isForwardRef(v: PyValue): v is PyInstance {
  return cls !== null && typeOf(v) === cls;
}

/** ForwardRef(text, module=module), as typing's _type_check makes it. */
export function forwardRef(text: string, module: string | null): PyInstance {
  const ref = forwardRefClass();
  const made = new PyInstance(ref, newInstanceAttrs(ref));
  made.attrs.__forward_arg__ = text;
  made.attrs.__forward_evaluated__ = false;
  made.attrs.__forward_value__ = null;
  made.attrs.__forward_is_argument__ = true;
  made.attrs.__forward_is_class__ = false;
  made.attrs.__forward_module__ = module;
  return made;
}

/**
 * An annotation as typing's _type_check converts it for a NamedTuple or TypedDict field: a
 * string becomes a ForwardRef, None its type; anything else stays.
 */
export function checkedAnnotation(t: PyValue, module: string | null): PyValue {
  if (typeof t === 'string') return forwardRef(t, module);
  if (t === null) return typeOf(null);
  return t;
}

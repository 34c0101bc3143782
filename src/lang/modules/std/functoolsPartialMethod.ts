// functools.partialmethod: a descriptor whose read through an instance is a partial of the
// bound method (`set_alive = partialmethod(set_state, True)` then `c.set_alive()`), and
// whose read through the class is a function taking the instance first, as CPython's.

import { bindArgs } from '../../runtime/args';
import { callValue, isCallable } from '../../runtime/call';
import { setAttr } from '../../runtime/attributes';
import { bind } from '../../runtime/instances';
import {
  c3,
  NativeMethod,
  newAttrs,
  PyClass,
  PyClassMethod,
  PyInstance,
  PyStaticMethod,
} from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import {
  Builtin,
  PyFunction,
  type BuiltinImpl,
  type Kwargs,
  type PyValue,
} from '../../runtime/values';

const NAME = 'partialmethod';

/** What one partialmethod froze: the function, its arguments and keywords. */
interface Frozen {
  func: PyValue;
  args: PyValue[];
  kw: Kwargs;
}

const frozenOf = new WeakMap<PyInstance, Frozen>();

function merged(a: Kwargs, b: Kwargs): Kwargs {
  if (a === null) return b;
  return b === null ? a : new Map([...a, ...b]);
}

/** Whether v has a __get__ (a classmethod, a staticmethod, another partialmethod…). */
function isDescriptor(v: PyValue): boolean {
  if (v instanceof PyClassMethod || v instanceof PyStaticMethod) return true;
  return v instanceof PyInstance && v.cls.lookup('__get__') !== undefined;
}

/** functools.partialmethod as a class; `makePartial` is functools.partial's constructor. */
export function partialMethodClass(makePartial: BuiltinImpl): PyClass {
  const cls = new PyClass(
    NAME,
    [OBJECT],
    new Map<string, PyValue>([
      ['__module__', 'functools'],
      [
        '__get__',
        new NativeMethod('__get__', NAME, (self: PyInstance, args, kw) => {
          const [instance, owner] = bindArgs('__get__', ['obj', 'cls'], 1, args, kw);
          const f = frozenOf.get(self)!;
          const target = instance ?? null;
          // A def read through the class is itself: the partialmethod then gives a function
          // taking the instance first. Anything else binds (a method, a classmethod's class).
          const bound =
            f.func instanceof PyFunction && target === null
              ? f.func
              : bind(f.func, target, owner instanceof PyClass ? owner : cls);
          if (bound === f.func) {
            return new Builtin('_method', (more, moreKw) => {
              if (more.length === 0) {
                throw typeError(
                  "partialmethod._make_unbound_method.<locals>._method() missing 1 required positional argument: 'cls_or_self'",
                );
              }
              return callValue(
                f.func,
                [more[0], ...f.args, ...more.slice(1)],
                merged(f.kw, moreKw),
              );
            });
          }
          const p = makePartial([bound, ...f.args], f.kw);
          if (bound !== null && typeof bound === 'object' && 'self' in bound) {
            setAttr(p, '__self__', bound.self);
          }
          return p;
        }),
      ],
      [
        '__repr__',
        new NativeMethod('__repr__', NAME, (self: PyInstance) => {
          const f = frozenOf.get(self)!;
          // CPython's format, `{func}, {args}, {keywords}`, even when a part is empty.
          const args = f.args.map((a) => repr(a)).join(', ');
          const keywords = [...(f.kw ?? [])].map(([k, v]) => `${k}=${repr(v)}`).join(', ');
          return `functools.partialmethod(${repr(f.func)}, ${args}, ${keywords})`;
        }),
      ],
    ]),
    null,
    true,
  );
  cls.mro = c3(cls, [OBJECT])!;
  cls.construct = (args, kw) => {
    if (args.length === 0) {
      throw typeError("partialmethod.__init__() missing 1 required positional argument: 'func'");
    }
    const [func, ...rest] = args;
    if (!isCallable(func) && !isDescriptor(func)) {
      throw typeError(`${repr(func)} is not callable or a descriptor`);
    }
    const o = new PyInstance(cls, newAttrs());
    const inner = func instanceof PyInstance ? frozenOf.get(func) : undefined;
    frozenOf.set(
      o,
      inner === undefined
        ? { func, args: rest, kw }
        : { func: inner.func, args: [...inner.args, ...rest], kw: merged(inner.kw, kw) },
    );
    o.attrs.func = inner?.func ?? func;
    return o;
  };
  return cls;
}

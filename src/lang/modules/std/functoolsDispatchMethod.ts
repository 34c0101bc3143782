// functools.singledispatchmethod: a method that dispatches on the type of its first argument
// after self (`@show.register(int)` in the class body), as CPython's descriptor does: read
// through an instance it dispatches, then binds the chosen function to that instance.

import { bindArgs } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { getAttr } from '../../runtime/attributes';
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
import { fail } from '../../runtime/state';
import { OBJECT, typeOf } from '../../runtime/types';
import { Builtin, PyFunction, type PyValue } from '../../runtime/values';
import { singledispatch } from './functoolsDispatch';

const NAME = 'singledispatchmethod';

/** The method's name (a classmethod's or staticmethod's function's). */
function nameOf(func: PyValue): string {
  const f = func instanceof PyClassMethod || func instanceof PyStaticMethod ? func.fn : func;
  return String(getAttr(f, '__name__'));
}
const dispatchers = new WeakMap<PyInstance, Builtin>();

export const SINGLEDISPATCH_METHOD: PyClass = new PyClass(
  NAME,
  [OBJECT],
  new Map<string, PyValue>([
    ['__module__', 'functools'],
    [
      'register',
      new NativeMethod('register', NAME, (self: PyInstance, args, kw) => {
        return callValue(getAttr(dispatchers.get(self)!, 'register'), args, kw);
      }),
    ],
    [
      '__get__',
      new NativeMethod('__get__', NAME, (self: PyInstance, args, kw) => {
        const [obj, owner] = bindArgs('__get__', ['obj', 'cls'], 1, args, kw);
        const dispatcher = dispatchers.get(self)!;
        const dispatch = getAttr(dispatcher, 'dispatch');
        const cls: PyClass = owner instanceof PyClass ? owner : typeOf(obj ?? null);
        return new Builtin(nameOf(self.attrs.func), (more, moreKw) => {
          // CPython reads args[0] unguarded: no argument is an IndexError.
          if (more.length === 0) throw fail('IndexError', 'tuple index out of range');
          const chosen = callValue(dispatch, [typeOf(more[0])], null);
          // chosen.__get__(obj, cls): a def read through the class is itself.
          const target =
            chosen instanceof PyFunction && (obj === undefined || obj === null)
              ? chosen
              : bind(chosen, obj ?? null, cls);
          return callValue(target, more, moreKw);
        });
      }),
    ],
  ]),
  null,
  true,
);
SINGLEDISPATCH_METHOD.mro = c3(SINGLEDISPATCH_METHOD, [OBJECT])!;
SINGLEDISPATCH_METHOD.construct = (args, kw) => {
  const [func] = bindArgs(NAME, ['func'], 1, args, kw);
  const o = new PyInstance(SINGLEDISPATCH_METHOD, newAttrs());
  o.attrs.func = func!;
  dispatchers.set(o, singledispatch(func!));
  return o;
};

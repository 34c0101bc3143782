// contextlib.redirect_stdout and redirect_stderr: sys.stdout (or sys.stderr) is the given
// object inside the `with` block, so print() and warnings write to it, and the stream before
// is put back on exit, an exception escaping or not. Reusable and reentrant, as CPython's.

import { bindArgs, exactArgs } from '../../runtime/args';
import type { PyClass, PyInstance } from '../../runtime/objects';
import { typeError } from '../../runtime/state';
import type { PyValue } from '../../runtime/values';
import type { StdContext } from './context';
import { contextClass } from './contextlibClass';

/** The streams each redirect replaced, innermost last (a reentered one holds several). */
const saved = new WeakMap<PyInstance, PyValue[]>();

export function redirectClass(s: StdContext, stream: 'stdout' | 'stderr'): PyClass {
  const sys = () => s.standard('sys').ns;
  return contextClass(
    `redirect_${stream}`,
    [
      [
        '__enter__',
        (self, args, kw) => {
          exactArgs('__enter__', 0, args, kw);
          const ns = sys();
          saved.get(self)!.push(ns.lookup(stream) ?? null);
          const target = self.attrs._new_target ?? null;
          ns.assign(stream, target);
          return target;
        },
      ],
      [
        '__exit__',
        (self) => {
          const before = saved.get(self)!;
          if (before.length > 0) sys().assign(stream, before.pop()!);
          return null;
        },
      ],
    ],
    (self, args, kw) => {
      // CPython's class is _RedirectStream, whose __init__ is a Python function.
      const fname = '_RedirectStream.__init__';
      if (args.length > 1) {
        throw typeError(
          `${fname}() takes 2 positional arguments but ${args.length + 1} were given`,
        );
      }
      if (args.length === 0 && (kw === null || !kw.has('new_target'))) {
        throw typeError(`${fname}() missing 1 required positional argument: 'new_target'`);
      }
      const [target] = bindArgs(fname, ['new_target'], 1, args, kw);
      self.attrs._new_target = target!;
      saved.set(self, []);
    },
  );
}

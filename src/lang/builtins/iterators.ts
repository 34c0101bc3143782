// next() and iter(): Python's iterator protocol as functions.

import { expectArgs, noKeywords } from '../runtime/args';
import { callValue, isCallable } from '../runtime/call';
import { eq } from '../runtime/equality';
import { PyGenerator, stopIteration } from '../runtime/generator';
import { callSpecial } from '../runtime/instances';
import { asIterator, iterate } from '../runtime/iteration';
import { PyInstance } from '../runtime/objects';
import { payloadOf } from '../runtime/builtinSubclass';
import { typeName } from '../runtime/repr';
import { typeError } from '../runtime/state';
import { PyFile, PyIterator, type PyValue } from '../runtime/values';
import { defineAll } from './core';

export function iteratorBuiltins(into: Map<string, PyValue>): void {
  defineAll(into, [
    [
      'next',
      (args, kw) => {
        noKeywords('next', kw);
        expectArgs('next', args, 1, 2);
        let it = args[0];
        if (it instanceof PyInstance && it.cls.lookup('__next__') !== undefined) {
          if (args.length === 1) return callSpecial(it, '__next__', [])!;
          it = asIterator(it);
        }
        // A subclass of enumerate, zip… without a __next__ of its own: its iterator's next.
        if (it instanceof PyInstance && payloadOf(it) instanceof PyIterator) it = asIterator(it);
        // A file is its own iterator: next(f) reads its next line.
        if (it instanceof PyFile) it = iterate(it);
        if (!(it instanceof PyIterator)) {
          throw typeError(`'${typeName(it)}' object is not an iterator`);
        }
        const x = it.next();
        if (x !== undefined) return x;
        if (args.length === 2) return args[1];
        throw stopIteration(it instanceof PyGenerator ? it.returnValue : null);
      },
    ],
    [
      'iter',
      (args, kw) => {
        noKeywords('iter', kw);
        expectArgs('iter', args, 1, 2);
        if (args.length === 1) {
          const v = args[0];
          // An object whose __iter__ returns an object with __next__ (often itself): iter()
          // gives that object, checked (`iter(it) is it`, as in CPython).
          if (v instanceof PyInstance && v.cls.builtinBase === null) {
            const own = callSpecial(v, '__iter__', []);
            if (own !== undefined) {
              const it = asIterator(own);
              return own instanceof PyInstance ? own : it;
            }
          }
          // A subclass of enumerate, zip… is its own iterator.
          if (v instanceof PyInstance && payloadOf(v) instanceof PyIterator) return v;
          const it = iterate(v);
          // A file is its own iterator (iter(f) is f); next(f) reads its next line.
          return args[0] instanceof PyFile ? args[0] : it;
        }
        const [fn, sentinel] = args;
        if (!isCallable(fn)) throw typeError('iter(v, w): v must be callable');
        let done = false;
        // iter(f, sentinel): calls f until it returns the sentinel.
        return new PyIterator('callable_iterator', () => {
          if (done) return undefined;
          const v = callValue(fn, [], null);
          if (eq(v, sentinel)) {
            done = true;
            return undefined;
          }
          return v;
        });
      },
    ],
  ]);
}

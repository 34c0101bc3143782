// A generator's methods: send() resumes it with a value for the pending `yield`, throw()
// raises an exception there, close() raises GeneratorExit there, __next__() is next().

import { exactArgs } from '../args';
import { errorFor, isExceptionValue } from '../exceptions';
import { PyGenerator, stopIteration } from '../generator';
import { instantiate } from '../instances';
import { PyClass, PyExceptionObject } from '../objects';
import { typeName } from '../repr';
import { typeError } from '../state';
import { PyTuple, type MethodImpl, type PyValue } from '../values';

type GeneratorMethod = MethodImpl<PyGenerator>;

function resume(g: PyGenerator, sent: PyValue): PyValue {
  const x = g.send(sent);
  if (x === undefined) throw stopIteration(g.returnValue);
  return x;
}

/** CPython's throw(type[, value[, traceback]]) arguments as the exception object they raise. */
function thrownException(args: PyValue[]): PyExceptionObject {
  const [typ, value = null] = args;
  if (typ instanceof PyClass && isExceptionValue(typ)) {
    if (value instanceof PyExceptionObject && value.cls.isSubclassOf(typ)) return value;
    const items = value === null ? [] : value instanceof PyTuple ? value.items : [value];
    const obj = instantiate(typ, items.slice(), null);
    if (obj instanceof PyExceptionObject) return obj;
    throw typeError(`calling ${typ.name} should have returned an instance of BaseException`);
  }
  if (typ instanceof PyExceptionObject && value !== null) {
    throw typeError('instance exception may not have a separate value');
  }
  if (!(typ instanceof PyExceptionObject)) {
    throw typeError(
      `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`,
    );
  }
  return typ;
}

export const GENERATOR_METHODS: ReadonlyMap<string, GeneratorMethod> = new Map<
  string,
  GeneratorMethod
>([
  [
    'send',
    (g, args, kw) => {
      exactArgs('generator.send', 1, args, kw);
      return resume(g, args[0]);
    },
  ],
  [
    'throw',
    (g, args, kw) => {
      if (kw !== null && kw.size > 0)
        throw typeError('generator.throw() takes no keyword arguments');
      if (args.length < 1) throw typeError('throw expected at least 1 argument, got 0');
      if (args.length > 3) {
        throw typeError(`throw expected at most 3 arguments, got ${args.length}`);
      }
      if (args.length === 3 && args[2] !== null) {
        throw typeError('throw() third argument must be a traceback object');
      }
      const x = g.throwIn(errorFor(thrownException(args)));
      if (x === undefined) throw stopIteration(g.returnValue);
      return x;
    },
  ],
  [
    'close',
    (g, args, kw) => {
      exactArgs('generator.close', 0, args, kw);
      g.close();
      return null;
    },
  ],
  [
    '__next__',
    (g, args, kw) => {
      exactArgs('generator.__next__', 0, args, kw);
      return resume(g, null);
    },
  ],
]);

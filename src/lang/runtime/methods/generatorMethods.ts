// A generator's methods: send() resumes it with a value for the pending `yield`, close()
// ends it, __next__() is next().

import { exactArgs } from '../args';
import { PyGenerator, stopIteration } from '../generator';
import type { MethodImpl, PyValue } from '../values';

type GeneratorMethod = MethodImpl<PyGenerator>;

function resume(g: PyGenerator, sent: PyValue): PyValue {
  const x = g.send(sent);
  if (x === undefined) throw stopIteration(g.returnValue);
  return x;
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

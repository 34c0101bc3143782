// random.Random as a class, as CPython has it: isinstance(r, random.Random) holds, a program
// may derive from it, and copy/deepcopy carry the generator's state over (its __getstate__
// and __setstate__ are getstate and setstate). Each instance owns a generator and the
// module's functions bound to it.

import { Random } from '../../../engine/random';
import { randomBuiltins } from '../../builtins/randomness';
import { bindArgs } from '../../runtime/args';
import { callValue } from '../../runtime/call';
import { typeError } from '../../runtime/state';
import type { PyClass, PyInstance } from '../../runtime/objects';
import type { PyValue } from '../../runtime/values';
import type { StdContext } from './context';
import { nativeClass, type Impl } from './nativeClass';

type Functions = (rng: Random, shared: (name: string) => PyValue) => Map<string, PyValue>;

export function randomClass(s: StdContext, randomFunctions: Functions): PyClass {
  const tables = new WeakMap<PyInstance, Map<string, PyValue>>();
  const freshTable = (): Map<string, PyValue> => {
    const own = new Random();
    const builtins = new Map<string, PyValue>();
    randomBuiltins({ ...s.ctx, rng: own }, builtins);
    return randomFunctions(own, (name) => builtins.get(name)!);
  };
  const tableOf = (self: PyInstance): Map<string, PyValue> => {
    let table = tables.get(self);
    if (table === undefined) {
      // An instance made without __init__ (a copy, a subclass that skips it): CPython's
      // __new__ seeds every generator, from the OS; the clock does here.
      table = freshTable();
      callValue(table.get('seed')!, [], null);
      tables.set(self, table);
    }
    return table;
  };
  const method =
    (name: string): Impl =>
    (self, args, kw) =>
      callValue(tableOf(self).get(name)!, args, kw);
  const names = [...freshTable().keys()];
  return nativeClass({
    name: 'Random',
    module: 'random',
    init: (self, args, kw) => {
      if (args.length > 1) {
        throw typeError(
          `Random.__init__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
        );
      }
      const [seed] = bindArgs('Random.__init__', ['x'], 0, args, kw);
      const table = freshTable();
      callValue(table.get('seed')!, seed === undefined ? [] : [seed], null);
      tables.set(self, table);
    },
    methods: [
      ...names.map((name): [string, Impl] => [name, method(name)]),
      ['__getstate__', method('getstate')],
      ['__setstate__', method('setstate')],
    ],
  });
}

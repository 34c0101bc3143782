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
import { OverriddenRandom, overrides } from './randomOverride';

type Functions = (rng: Random, shared: (name: string) => PyValue) => Map<string, PyValue>;

export function randomClass(s: StdContext, randomFunctions: Functions): PyClass {
  const tables = new WeakMap<PyInstance, Map<string, PyValue>>();
  /** The generators of instances whose class defines random() or getrandbits(). */
  const overridden = new WeakMap<PyInstance, OverriddenRandom>();
  const freshTable = (self?: PyInstance): Map<string, PyValue> => {
    const which = self === undefined ? null : overrides(self.cls);
    const own =
      which === null || self === undefined ? new Random() : new OverriddenRandom(self, which);
    if (own instanceof OverriddenRandom && self !== undefined) overridden.set(self, own);
    const builtins = new Map<string, PyValue>();
    randomBuiltins({ ...s.ctx, rng: own }, builtins);
    return randomFunctions(own, (name) => builtins.get(name)!);
  };
  const tableOf = (self: PyInstance): Map<string, PyValue> => {
    let table = tables.get(self);
    if (table === undefined) {
      // An instance made without __init__ (a copy, a subclass that skips it): CPython's
      // __new__ seeds every generator, from the OS; the clock does here.
      table = freshTable(self);
      callValue(table.get('seed')!, [], null);
      tables.set(self, table);
    }
    return table;
  };
  const method =
    (name: string): Impl =>
    (self, args, kw) => {
      const table = tableOf(self);
      const own = overridden.get(self);
      // Called as a method (the program's super().random()), the base draws itself.
      if (own !== undefined && (name === 'random' || name === 'getrandbits')) {
        return own.native(() => callValue(table.get(name)!, args, kw));
      }
      return callValue(table.get(name)!, args, kw);
    };
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
      const table = freshTable(self);
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

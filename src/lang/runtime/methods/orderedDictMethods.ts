// collections.OrderedDict's methods: dict's, with move_to_end, a popitem that takes
// `last=` (False pops the first item), and update and setdefault as CPython's
// (orderedDictWrites.ts).

import { bindArgs } from '../args';
import { hashKey } from '../equality';
import { keyError } from '../exceptions';
import { truthy } from '../truth';
import { PyDict, PyTuple, type MethodImpl, type PyValue } from '../values';
import { DICT_METHODS } from './dictMethods';
import { orderedDictSetdefault, orderedDictUpdate } from '../orderedDictWrites';

export const ORDERED_DICT_METHODS = new Map<string, MethodImpl<PyDict>>([
  ...(DICT_METHODS as Map<string, MethodImpl<PyDict>>),
  ['update', (self, args, kw) => orderedDictUpdate(self, args, kw)],
  ['setdefault', (self, args, kw) => orderedDictSetdefault(self, args, kw)],
  [
    'move_to_end',
    (self, args, kw) => {
      const [key, last] = bindArgs('move_to_end', ['key', 'last'], 1, args, kw);
      const k = hashKey(key!);
      const e = self.map.get(k);
      if (e === undefined) throw keyError(key!);
      self.map.delete(k);
      if (last === undefined || truthy(last)) {
        self.map.set(k, e);
      } else {
        // A JS Map only appends: rebuild it with this entry first.
        const rest = [...self.map];
        self.map.clear();
        self.map.set(k, e);
        for (const [rk, re] of rest) self.map.set(rk, re);
      }
      return null;
    },
  ],
  [
    'popitem',
    (self, args, kw) => {
      const [last] = bindArgs('popitem', ['last'], 0, args, kw);
      if (self.map.size === 0) throw keyError('dictionary is empty');
      let entry: [unknown, { key: PyValue; value: PyValue }] | undefined;
      if (last === undefined || truthy(last)) for (const x of self.map) entry = x;
      else entry = self.map.entries().next().value;
      self.map.delete(entry![0]);
      return new PyTuple([entry![1].key, entry![1].value]);
    },
  ],
]);

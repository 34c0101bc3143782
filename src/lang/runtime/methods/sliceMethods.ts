// slice objects' method: indices(length), as a program's __getitem__ uses it to handle
// `obj[a:b:c]` (`range(*s.indices(len(self)))`).

import { exactArgs, indexArg } from '../args';
import { fail } from '../state';
import { sliceIndices } from '../subscript';
import { PyTuple, type MethodImpl, type PySlice } from '../values';

export const SLICE_METHODS = new Map<string, MethodImpl<PySlice>>([
  [
    'indices',
    (self, args, kw) => {
      exactArgs('indices', 1, args, kw);
      const length = indexArg(args[0]);
      if (length < 0n) throw fail('ValueError', 'length should not be negative');
      const [start, stop, step] = sliceIndices(Number(length), self.start, self.stop, self.step);
      return new PyTuple([BigInt(start), BigInt(stop), BigInt(step)]);
    },
  ],
]);

// collections.defaultdict's methods: dict's, with __missing__ (what `d[k]` calls for a
// missing key, and what a subclass's own __missing__ reaches through super()).

import { exactArgs } from '../args';
import { keyError } from '../exceptions';
import { PyDefaultDict, type MethodImpl } from '../values';
import { DICT_METHODS } from './dictMethods';

export const DEFAULTDICT_METHODS = new Map<string, MethodImpl<PyDefaultDict>>([
  ...(DICT_METHODS as Map<string, MethodImpl<PyDefaultDict>>),
  [
    '__missing__',
    (self, args, kw) => {
      exactArgs('__missing__', 1, args, kw);
      const v = self.missing(args[0]);
      if (v === undefined) throw keyError(args[0]);
      return v;
    },
  ],
]);

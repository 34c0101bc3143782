// A special method the program wrote, on any value that can carry one: an instance of one of
// its classes, or a namedtuple whose class (a namedtuple class's subclass, a typing.NamedTuple
// class body) defines it above tuple. `-q`, abs(q), format(q, spec)… find it as CPython finds
// type(q).__neg__.

import { callSpecial } from './instances';
import { callTupleOverride } from './namedTupleOverrides';
import { PyInstance } from './objects';
import type { PyValue } from './values';

/** Calls `v`'s own special method `name`; undefined when `v`'s class has none. */
export function ownSpecial(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  return v instanceof PyInstance ? callSpecial(v, name, args) : callTupleOverride(v, name, args);
}

// functools.partial's objects: a callable that adds its frozen arguments before the call's
// own, with CPython's type name (`functools.partial`) and repr
// (`functools.partial(<function f at 0x…>, 1, lr=0.1)`), and its `__dict__`
// (runtime/partialAttributes.ts).

import { callValue } from './call';
import { Builtin, type PyDict, type Kwargs, type PyTuple, type PyValue } from './values';

export class PyPartial extends Builtin {
  constructor(
    readonly func: PyValue,
    readonly frozen: readonly PyValue[],
    readonly frozenKw: Kwargs,
    call: (args: PyValue[], kw: Kwargs) => PyValue,
    attrs: ReadonlyMap<string, PyValue>,
  ) {
    super('partial', call, attrs);
  }
  /**
   * The partial's `__dict__`, made by its first read or attribute store. As in CPython, a
   * partial of a partial with one is not flattened (its attributes would be lost).
   */
  dict: PyDict | null = null;
}

/** `functools.partial(f, 1, k=2)`, with each part as repr shows it. */
export function partialRepr(p: PyPartial, repr: (v: PyValue) => string): string {
  const parts = [repr(p.func), ...p.frozen.map(repr)];
  for (const [k, v] of p.frozenKw ?? []) parts.push(`${k}=${repr(v)}`);
  return `functools.partial(${parts.join(', ')})`;
}

/**
 * A partial of `f` with the arguments `bound` and keywords `boundKw`, whose `args` and
 * `keywords` attributes are the tuple and dict given (functools.partial, and the copies
 * copy.copy and copy.deepcopy make, as CPython's __reduce__ and __setstate__ rebuild one).
 */
export function makePartial(
  f: PyValue,
  bound: PyValue[],
  boundKw: Kwargs,
  args: PyTuple,
  keywords: PyDict,
): PyPartial {
  const attrs = new Map<string, PyValue>([
    ['func', f],
    ['args', args],
    ['keywords', keywords],
  ]);
  return new PyPartial(
    f,
    bound,
    boundKw,
    (more: PyValue[], moreKw: Kwargs) => {
      const allKw: Kwargs =
        boundKw === null
          ? moreKw
          : moreKw === null
            ? new Map(boundKw)
            : new Map([...boundKw, ...moreKw]);
      return callValue(f, [...bound, ...more], allKw);
    },
    attrs,
  );
}

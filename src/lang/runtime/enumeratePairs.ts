import { PyIterator, PyTuple } from './values';

/** The count of an enumerate: a box its `next` and a pair loop both advance. */
class Count {
  constructor(public n: bigint) {}
}

/**
 * An `enumerate(xs, start)`, keeping its source iterator and count: a
 * `for i, x in enumerate(xs)` loop reads them directly and stores i and x without building
 * the pair tuple (the same `next` calls in the same order, so nothing a program can see
 * changes).
 */
export class PyEnumerate extends PyIterator {
  constructor(
    readonly source: PyIterator,
    readonly count: Count,
  ) {
    super('enumerate', () => {
      const x = source.next();
      if (x === undefined) return undefined;
      const i = count.n;
      count.n = i + 1n;
      return new PyTuple([i, x]);
    });
  }
}

/** enumerate over `source` counting from `start`. */
export function makeEnumerate(source: PyIterator, start: bigint): PyEnumerate {
  return new PyEnumerate(source, new Count(start));
}

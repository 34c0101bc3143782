import { PyIterator, type PyValue } from './values';

/**
 * A `zip(a, b)` made without `strict`, keeping its two source iterators: a
 * `for x, y in zip(a, b)` loop reads them directly and stores x and y without building the
 * pair tuple (the same `next` calls in the same order, so nothing a program can see changes).
 */
export class PyZipPair extends PyIterator {
  constructor(
    next: () => PyValue | undefined,
    readonly first: PyIterator,
    readonly second: PyIterator,
  ) {
    super('zip', next);
  }
}

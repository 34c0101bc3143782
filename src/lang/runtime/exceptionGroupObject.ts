// An ExceptionGroup's object (PEP 654): an exception carrying its message and the tuple of
// its sub-exceptions, both read-only, fixed by BaseExceptionGroup.__new__ (exceptionGroups.ts).

import { PyExceptionObject, type AttrBag, type PyClass } from './objects';
import type { PyTuple } from './values';

export class PyExceptionGroupObject extends PyExceptionObject {
  constructor(
    cls: PyClass,
    attrs: AttrBag,
    args: PyTuple,
    readonly message: string,
    readonly exceptions: PyTuple,
  ) {
    super(cls, attrs, args);
  }
}

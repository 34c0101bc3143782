// io.UnsupportedOperation, which files and io.StringIO raise for what they cannot do: both
// an OSError and a ValueError, as in CPython.

import type { TgradError } from '../errors';
import { EXCEPTION_CLASSES, makeExceptionObject } from './exceptions';
import { c3, PyClass } from './objects';
import { fail } from './state';
import { PyTuple, type PyValue } from './values';

const UNSUPPORTED_BASES = [EXCEPTION_CLASSES.get('OSError')!, EXCEPTION_CLASSES.get('ValueError')!];
export const UNSUPPORTED = new PyClass(
  'UnsupportedOperation',
  UNSUPPORTED_BASES,
  new Map<string, PyValue>([['__module__', 'io']]),
);
UNSUPPORTED.mro = c3(UNSUPPORTED, UNSUPPORTED_BASES)!;

export function unsupported(message: string): TgradError {
  const err = fail(UNSUPPORTED.name, message);
  err.exception = makeExceptionObject(UNSUPPORTED, new PyTuple([message]));
  return err;
}

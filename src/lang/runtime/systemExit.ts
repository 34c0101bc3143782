// SystemExit: how `sys.exit(code)`, `exit()` and `raise SystemExit(code)` end a program. The
// exception is an ordinary one while it travels (`finally` blocks and `with` exits run, an
// `except SystemExit` catches it); uncaught, it is not an error but the program's end, with
// the exit status CPython's interpreter gives it: code None -> 0, an int -> that int as the
// process sees it, anything else -> printed on stderr and 1.

import type { TgradError } from '../errors';
import { getAttr } from './attributes';
import {
  EXCEPTION_CLASSES,
  errorClass,
  errorFor,
  exceptionOf,
  makeExceptionObject,
} from './exceptions';
import { str } from './repr';
import { PyTuple, type PyValue } from './values';

const SYSTEM_EXIT = EXCEPTION_CLASSES.get('SystemExit')!;

/** How a program ended itself: the process's exit status and what is printed on stderr. */
export interface ProgramExit {
  /** 0-255, as a shell sees it. */
  status: number;
  /** `str(code)` for a code that is neither None nor an int, else null (nothing printed). */
  message: string | null;
}

/** The SystemExit to throw for `sys.exit(*args)` / `exit(code)`. */
export function systemExit(args: PyValue[]): TgradError {
  return errorFor(makeExceptionObject(SYSTEM_EXIT, new PyTuple(args)));
}

export function isSystemExit(err: TgradError): boolean {
  return errorClass(err).isSubclassOf(SYSTEM_EXIT);
}

/** How an uncaught error ends the program when it is a SystemExit; null for any other error. */
export function programExit(err: TgradError): ProgramExit | null {
  if (!isSystemExit(err)) return null;
  // CPython reads the attribute, so `e.code = 3` before a re-raise counts.
  const code = getAttr(exceptionOf(err), 'code');
  if (code === null) return { status: 0, message: null };
  if (typeof code === 'boolean') return { status: code ? 1 : 0, message: null };
  if (typeof code === 'bigint') return { status: exitStatus(code), message: null };
  return { status: 1, message: str(code) };
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/**
 * The status a process exits with for int code `n`: CPython makes it a C long (-1 when it
 * does not fit) and the system keeps its low 8 bits (`sys.exit(-1)` and `sys.exit(2**70)`
 * are 255, `sys.exit(256)` is 0).
 */
function exitStatus(n: bigint): number {
  const long = n < LONG_MIN || n > LONG_MAX ? -1n : n;
  return Number(BigInt.asUintN(8, long));
}

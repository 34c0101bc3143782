// The notes an uncaught exception carries (3.11's add_note, its `__notes__` list), which
// CPython prints after the `Kind: message` line, one a line; the host prints them too.

import type { TgradError } from '../errors';
import { PyInstance } from './objects';

/** The exception's str notes in order; none when it has no `__notes__` list. */
export function exceptionNotes(error: TgradError): string[] {
  const e = error.exception;
  if (!(e instanceof PyInstance)) return [];
  const notes = e.attrs.__notes__;
  // add_note only adds strs; a list the program set itself may hold others, left out.
  return Array.isArray(notes) ? notes.filter((n): n is string => typeof n === 'string') : [];
}

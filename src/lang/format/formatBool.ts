import { formatInteger } from './formatInt';

/**
 * Python's `format(b, spec)`: bool inherits int's `__format__`, so an empty spec gives
 * 'True'/'False' and any other spec formats 1 or 0 (and errors name the type 'bool').
 */
export function formatBool(b: boolean, spec: string): string {
  if (spec === '') return b ? 'True' : 'False';
  return formatInteger(b ? 1n : 0n, spec, 'bool');
}

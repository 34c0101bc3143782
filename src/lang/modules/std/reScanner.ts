// Pattern.scanner(string, pos, endpos): CPython's _sre.SRE_Scanner, a lexer's loop over one
// string (the Python Cookbook's `for m in iter(scanner.match, None)`). Each match() or
// search() goes on where the last match ended; after an empty match the next must not be
// empty at the same place; once one fails, the scanner is exhausted.

import { NativeMethod, newAttrs, PyClass, PyInstance, c3 } from '../../runtime/objects';
import { OBJECT } from '../../runtime/types';
import type { PyValue } from '../../runtime/values';
import { exactArgs } from '../../runtime/args';

/** One step of a scan: the match found from `at` (with its end), or null. */
export interface ScanStep {
  match: PyInstance;
  start: number;
  end: number;
}

/** What a scanner asks of its pattern: a match at `at`, or the first from `at` on. */
export interface ScanSource {
  matchAt(at: number, mustAdvance: boolean): ScanStep | null;
  searchFrom(at: number, mustAdvance: boolean): ScanStep | null;
}

interface ScanState {
  source: ScanSource;
  at: number;
  mustAdvance: boolean;
  done: boolean;
}

const STATES = new WeakMap<PyInstance, ScanState>();

export const SCANNER_CLASS = new PyClass('SRE_Scanner', [OBJECT], new Map(), null, true);
SCANNER_CLASS.mro = c3(SCANNER_CLASS, [OBJECT])!;
SCANNER_CLASS.dict.set('__module__', '_sre');

function step(self: PyInstance, name: string, args: PyValue[], search: boolean): PyValue {
  exactArgs(name, 0, args, null);
  const s = STATES.get(self)!;
  if (s.done) return null;
  const found = search
    ? s.source.searchFrom(s.at, s.mustAdvance)
    : s.source.matchAt(s.at, s.mustAdvance);
  if (found === null) {
    s.done = true;
    return null;
  }
  s.mustAdvance = found.end === found.start;
  s.at = found.end;
  return found.match;
}

for (const name of ['match', 'search']) {
  SCANNER_CLASS.dict.set(
    name,
    new NativeMethod(name, 'SRE_Scanner', (self: PyInstance, args) =>
      step(self, name, args, name === 'search'),
    ),
  );
}

/** A new scanner of `pattern`, starting at `at` (a JS index of the string). */
export function makeScanner(pattern: PyInstance, source: ScanSource, at: number): PyInstance {
  const o = new PyInstance(SCANNER_CLASS, newAttrs());
  o.attrs.pattern = pattern;
  STATES.set(o, { source, at, mustAdvance: false, done: false });
  return o;
}

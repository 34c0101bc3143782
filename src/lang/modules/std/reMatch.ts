// re.Match: what one match found (group texts and spans), read through CPython's methods.
// Positions are Python's (code points); the RegExp's UTF-16 indices are converted only for
// strings that hold surrogate pairs.

import { bindArgs } from '../../runtime/args';
import { isSimpleString, strLength } from '../../runtime/iteration';
import { c3, NativeMethod, newAttrs, PyClass, PyInstance } from '../../runtime/objects';
import { repr } from '../../runtime/repr';
import { fail, typeError } from '../../runtime/state';
import { OBJECT } from '../../runtime/types';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../../runtime/values';
import { setItem } from '../../runtime/subscript';
import type { TranslatedPattern } from './reTranslate';

/** A JS index into `s` as Python counts (code points). */
export function pyIndex(s: string, i: number): number {
  return isSimpleString(s) ? i : strLength(s.slice(0, i));
}

/** A Python index into `s` (clamped to its length) as a JS (UTF-16) index. */
export function jsIndex(s: string, i: number): number {
  if (isSimpleString(s)) return Math.max(0, Math.min(i, s.length));
  let js = 0;
  for (let k = 0; k < i && js < s.length; k++) {
    const cp = s.codePointAt(js)!;
    js += cp > 0xffff ? 2 : 1;
  }
  return js;
}

export interface MatchData {
  pattern: PyInstance;
  translated: TranslatedPattern;
  string: string;
  /** Python's pos and endpos of the search. */
  pos: number;
  endpos: number;
  /** Each Python group's JS [start, end), or null when it did not take part (index 0: all). */
  spans: ([number, number] | null)[];
}

const MATCHES = new WeakMap<PyInstance, MatchData>();

export function matchData(m: PyInstance): MatchData {
  return MATCHES.get(m)!;
}

const MATCH_CLASS = new PyClass('re.Match', [OBJECT], new Map(), null, true);
MATCH_CLASS.mro = c3(MATCH_CLASS, [OBJECT])!;

function method(name: string, impl: (d: MatchData, args: PyValue[], kw: Kwargs) => PyValue): void {
  MATCH_CLASS.dict.set(
    name,
    new NativeMethod(name, 're.Match', (self: PyInstance, args, kw) =>
      impl(matchData(self), args, kw),
    ),
  );
}

/** A group argument (number or name) as a group number, or IndexError "no such group". */
function groupNumber(d: MatchData, g: PyValue): number {
  if (typeof g === 'string') {
    const n = d.translated.groupIndex.get(g);
    if (n !== undefined) return n;
  } else if (typeof g === 'bigint' || typeof g === 'boolean') {
    const n = Number(g);
    if (n >= 0 && n <= d.translated.groups) return n;
  }
  throw fail('IndexError', 'no such group');
}

export function groupText(d: MatchData, n: number, dflt: PyValue = null): PyValue {
  const span = d.spans[n];
  return span === null ? dflt : d.string.slice(span[0], span[1]);
}

function pySpan(d: MatchData, n: number): [number, number] {
  const span = d.spans[n];
  if (span === null) return [-1, -1];
  return [pyIndex(d.string, span[0]), pyIndex(d.string, span[1])];
}

/** The group that closed last (CPython's lastindex): the latest end, an outer group on ties. */
function lastIndex(d: MatchData): number | null {
  let best: number | null = null;
  for (let g = 1; g <= d.translated.groups; g++) {
    const span = d.spans[g];
    if (span === null) continue;
    if (best === null) {
      best = g;
      continue;
    }
    const bestEnd = d.spans[best]![1];
    if (span[1] > bestEnd) best = g;
    else if (span[1] === bestEnd && !d.translated.enclosing[g].includes(best)) best = g;
  }
  return best;
}

function groupNames(d: MatchData): Map<number, string> {
  return new Map([...d.translated.groupIndex].map(([k, v]) => [v, k]));
}

method('group', (d, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('group() takes no keyword arguments');
  if (args.length === 0) return groupText(d, 0);
  if (args.length === 1) return groupText(d, groupNumber(d, args[0]));
  return new PyTuple(args.map((g) => groupText(d, groupNumber(d, g))));
});
method('__getitem__', (d, args) => groupText(d, groupNumber(d, args[0])));
method('groups', (d, args, kw) => {
  const [dflt] = bindArgs('groups', ['default'], 0, args, kw);
  const out: PyValue[] = [];
  for (let g = 1; g <= d.translated.groups; g++) out.push(groupText(d, g, dflt ?? null));
  return new PyTuple(out);
});
method('groupdict', (d, args, kw) => {
  const [dflt] = bindArgs('groupdict', ['default'], 0, args, kw);
  const out = new PyDict();
  for (const [name, g] of d.translated.groupIndex)
    setItem(out, name, groupText(d, g, dflt ?? null));
  return out;
});
for (const which of ['start', 'end', 'span'] as const) {
  method(which, (d, args, kw) => {
    const [g] = bindArgs(which, ['group'], 0, args, kw);
    const [start, end] = pySpan(d, groupNumber(d, g ?? 0n));
    if (which === 'span') return new PyTuple([BigInt(start), BigInt(end)]);
    return BigInt(which === 'start' ? start : end);
  });
}
method('expand', (d, args, kw) => {
  const [template] = bindArgs('expand', ['template'], 1, args, kw);
  if (typeof template !== 'string') throw typeError('expected str instance');
  return expandHook.expand(d, template);
});
method('__repr__', (d) => {
  const [start, end] = pySpan(d, 0);
  return `<re.Match object; span=(${start}, ${end}), match=${repr(groupText(d, 0))}>`;
});

/** Match.expand uses sub's templates, which live with the pattern (set by rePattern.ts). */
export const expandHook: { expand: (d: MatchData, template: string) => string } = {
  expand: () => '',
};

/** A Match object for a RegExp result run over `string` (JS indices from the `d` flag). */
export function makeMatch(
  pattern: PyInstance,
  translated: TranslatedPattern,
  string: string,
  pos: number,
  endpos: number,
  found: RegExpExecArray,
): PyInstance {
  const indices = found.indices!;
  const spans: ([number, number] | null)[] = [[indices[0][0], indices[0][1]]];
  for (let g = 1; g <= translated.groups; g++) {
    const span = indices[translated.jsGroup[g]];
    spans.push(span === undefined ? null : [span[0], span[1]]);
  }
  const m = new PyInstance(MATCH_CLASS, newAttrs());
  const d: MatchData = { pattern, translated, string, pos, endpos, spans };
  MATCHES.set(m, d);
  const last = lastIndex(d);
  Object.assign(m.attrs, {
    string,
    re: pattern,
    pos: BigInt(pos),
    endpos: BigInt(endpos),
    lastindex: last === null ? null : BigInt(last),
    lastgroup: last === null ? null : (groupNames(d).get(last) ?? null),
  });
  return m;
}

export { MATCH_CLASS };

// Argument binding for built-in functions and methods, with CPython's messages.

import { typeName } from './repr';
import { typeError } from './state';
import type { Kwargs, PyValue } from './values';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Binds positional and keyword arguments to `names`; the first `required` are mandatory.
 * Missing optional arguments come back undefined.
 */
export function bindArgs(
  fname: string,
  names: readonly string[],
  required: number,
  args: readonly PyValue[],
  kw: Kwargs,
): (PyValue | undefined)[] {
  const n = names.length;
  if (args.length > n) {
    if (n === 0) throw typeError(`${fname}() takes no arguments (${args.length} given)`);
    throw typeError(
      required === n
        ? `${fname}() takes exactly ${n === 1 ? 'one argument' : plural(n, 'argument')} (${args.length} given)`
        : `${fname}() takes at most ${plural(n, 'argument')} (${args.length} given)`,
    );
  }
  const out: (PyValue | undefined)[] = args.slice();
  for (let i = args.length; i < n; i++) out.push(undefined);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (i < args.length) {
        throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      }
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** For built-ins that take no keywords (len, abs…): Python's "takes no keyword arguments". */
export function noKeywords(fname: string, kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/** Exactly `n` positional arguments, no keywords. */
export function exactArgs(fname: string, n: number, args: readonly PyValue[], kw: Kwargs): void {
  noKeywords(fname, kw);
  if (args.length !== n) {
    throw typeError(
      n === 0
        ? `${fname}() takes no arguments (${args.length} given)`
        : `${fname}() takes exactly ${n === 1 ? 'one argument' : plural(n, 'arguments')} (${args.length} given)`,
    );
  }
}

/** An int argument as a number (bools count as ints), or Python's TypeError. */
export function intArg(fname: string, what: string, v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw typeError(`${fname}(): ${what} must be an integer, not ${typeName(v)}`);
}

export function pluralize(n: number, word: string): string {
  return plural(n, word);
}

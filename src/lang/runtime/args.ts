// Argument binding for built-in functions and methods, with CPython's messages.

import { instanceIndex } from './numberHooks';
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

/**
 * bindArgs for a built-in that CPython writes in Python as a method (random.uniform is
 * `Random.uniform(self, a, b)`): a `def`'s messages under its qualname, self counted among
 * the positional arguments ("Random.uniform() takes 3 positional arguments but 4 were given",
 * "Random.randint() missing 1 required positional argument: 'b'"). The last `keywordOnly`
 * names come after a `*`.
 */
export function bindMethodArgs(
  qualname: string,
  names: readonly string[],
  required: number,
  args: readonly PyValue[],
  kw: Kwargs,
  keywordOnly = 0,
): (PyValue | undefined)[] {
  return bindDefArgs(qualname, names, required, args, kw, keywordOnly, 1);
}

/**
 * bindArgs for a built-in that CPython writes in Python as a plain function
 * (os.path.basename is `def basename(p)`): a `def`'s messages ("basename() takes 1
 * positional argument but 2 were given", "basename() missing 1 required positional
 * argument: 'p'").
 */
export function bindFunctionArgs(
  name: string,
  names: readonly string[],
  required: number,
  args: readonly PyValue[],
  kw: Kwargs,
): (PyValue | undefined)[] {
  return bindDefArgs(name, names, required, args, kw, 0, 0);
}

/** A `def`'s binding; `implicit` counts a self the caller passed before `args`. */
function bindDefArgs(
  qualname: string,
  names: readonly string[],
  required: number,
  args: readonly PyValue[],
  kw: Kwargs,
  keywordOnly: number,
  implicit: number,
): (PyValue | undefined)[] {
  const n = names.length - keywordOnly;
  if (args.length > n) {
    const takes =
      required === n
        ? plural(n + implicit, 'positional argument')
        : `from ${required + implicit} to ${n + implicit} positional arguments`;
    throw typeError(`${qualname}() takes ${takes} but ${args.length + implicit} were given`);
  }
  const out: (PyValue | undefined)[] = args.slice();
  for (let i = args.length; i < names.length; i++) out.push(undefined);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${qualname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined)
        throw typeError(`${qualname}() got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    throw typeError(
      `${qualname}() missing ${plural(missing.length, 'required positional argument')}: ${quoteList(missing)}`,
    );
  }
  return out;
}

/** Names as CPython lists them in a call error: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
export function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * bindArgs for the built-ins CPython parses in C (round, int, sorted, str.split…), with its
 * order of checks and its message for an unknown keyword: "'k' is an invalid keyword
 * argument for f()". The first `positionalOnly` names cannot be given by keyword.
 */
export function bindBuiltin(
  fname: string,
  names: readonly string[],
  required: number,
  args: readonly PyValue[],
  kw: Kwargs,
  positionalOnly = 0,
): (PyValue | undefined)[] {
  const n = names.length;
  if (args.length > n) {
    throw typeError(
      required === n
        ? `${fname}() takes exactly ${n === 1 ? 'one argument' : plural(n, 'argument')} (${args.length} given)`
        : `${fname}() takes at most ${plural(n, 'argument')} (${args.length} given)`,
    );
  }
  if (args.length < Math.min(required, positionalOnly)) {
    throw typeError(
      `${fname}() takes at least ${plural(Math.min(required, positionalOnly), 'positional argument')} (${args.length} given)`,
    );
  }
  const out: (PyValue | undefined)[] = args.slice();
  for (let i = args.length; i < n; i++) {
    const v = i >= positionalOnly ? kw?.get(names[i]) : undefined;
    if (v === undefined && i < required) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
    out.push(v);
  }
  if (kw !== null) {
    for (const k of kw.keys()) {
      const i = names.indexOf(k);
      if (i >= positionalOnly && i < args.length) {
        throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      }
    }
    for (const k of kw.keys()) {
      if (names.indexOf(k) < positionalOnly) {
        throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      }
    }
  }
  return out;
}

/** For built-ins that take no keywords (len, abs…): Python's "takes no keyword arguments". */
export function noKeywords(fname: string, kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/**
 * Exactly `n` positional arguments, no keywords, with CPython's wording for a function of no
 * argument or of one ("f() takes exactly one argument (2 given)"); for more it is Argument
 * Clinic's ("divmod expected 2 arguments, got 1", without the type's name).
 */
export function exactArgs(fname: string, n: number, args: readonly PyValue[], kw: Kwargs): void {
  noKeywords(fname, kw);
  if (args.length === n) return;
  if (n === 0) throw typeError(`${fname}() takes no arguments (${args.length} given)`);
  if (n === 1) throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
  expectArgs(fname.replace(/^\w+\./, ''), args, n, n);
}

/**
 * From `min` to `max` positional arguments, in Argument Clinic's words ("pop expected at
 * most 1 argument, got 2").
 */
export function expectArgs(name: string, args: readonly PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) {
    throw typeError(
      `${name} expected ${min === max ? '' : 'at least '}${plural(min, 'argument')}, got ${n}`,
    );
  }
  if (n > max) {
    throw typeError(
      `${name} expected ${min === max ? '' : 'at most '}${plural(max, 'argument')}, got ${n}`,
    );
  }
}

/** An int argument as a number (bools count as ints), or Python's TypeError. */
export function intArg(fname: string, what: string, v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw typeError(`${fname}(): ${what} must be an integer, not ${typeName(v)}`);
}

/** An argument Python reads through __index__ (an int or a bool), or Python's TypeError. */
export function indexArg(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  const i = instanceIndex(v);
  if (i !== undefined) return i;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

export function pluralize(n: number, word: string): string {
  return plural(n, word);
}

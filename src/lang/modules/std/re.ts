// re: Python's regular expressions over JavaScript's RegExp (see reTranslate.ts for what the
// translation keeps of Python's meanings). The module's functions compile (with a cache, as
// CPython's) and call the Pattern's methods.

import { defineAll } from '../../builtins/core';
import { bindArgs } from '../../runtime/args';
import { typeError, valueError } from '../../runtime/state';
import { callValue } from '../../runtime/call';
import { EXCEPTION_CLASSES } from '../../runtime/exceptions';
import { typeName } from '../../runtime/typeName';
import type { StdContext } from './context';
import type { NativeMethod, PyInstance } from '../../runtime/objects';
import type { BuiltinImpl, MethodImpl, PyValue } from '../../runtime/values';
import { MATCH_CLASS } from './reMatch';
import { isPattern, newPattern, PATTERN_CLASS, RE_ERROR } from './rePattern';
import { RE_FLAGS } from './reTranslate';
import { lexiconScannerClass } from './reLexicon';
import { flagBits, noFlag, regexFlagClass } from './reFlags';

const CACHE = new Map<string, PyInstance>();
const CACHE_LIMIT = 512;

function flagValue(arg: PyValue | undefined): number {
  if (arg === undefined) return 0;
  const v = flagBits(arg);
  if (typeof v !== 'bigint' && typeof v !== 'boolean') {
    throw typeError(`unsupported operand type(s) for &: '${typeName(v)}' and 'int'`);
  }
  return Number(v);
}

/** `pattern` (a str or a Pattern) under `flags` as a Pattern. */
function compile(pattern: PyValue, flagsArg: PyValue | undefined, warn: Warn): PyInstance {
  const flags = flagValue(flagsArg);
  if (isPattern(pattern)) {
    if (flags !== 0) throw valueError('cannot process flags argument with a compiled pattern');
    return pattern;
  }
  if (typeof pattern !== 'string') {
    throw typeError('first argument must be string or compiled pattern');
  }
  const key = `${flags}:${pattern}`;
  let p = CACHE.get(key);
  if (p === undefined) {
    // CPython warns when it compiles (a cached pattern is not compiled again; one whose
    // warning an 'error' filter raised is not cached).
    p = newPattern(pattern, flags, warn);
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(key, p);
  }
  return p;
}

/** Issues a FutureWarning through the warnings module of the interpreter that imported re. */
type Warn = (message: string) => void;

/** A module function: its argument names, with `pattern` first and `flags` last. */
function moduleFunction(name: string, names: string[], required: number, warn: Warn): BuiltinImpl {
  const method = PATTERN_CLASS.dict.get(name) as NativeMethod;
  return (args, kw) => {
    const bound = bindArgs(name, ['pattern', ...names, 'flags'], required + 1, args, kw);
    const p = compile(bound[0]!, bound[names.length + 1], warn);
    const rest: PyValue[] = [];
    for (const v of bound.slice(1, names.length + 1)) {
      if (v === undefined) break;
      rest.push(v);
    }
    return (method.impl as MethodImpl<PyInstance>)(p, rest, null);
  };
}

/** The characters re.escape puts a backslash before (Python 3.7+). */
const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f');

export function reModule(s: StdContext): Map<string, PyValue> {
  const warn: Warn = (message) => {
    const fn = s.standard('warnings').ns.lookup('warn');
    if (fn !== undefined) callValue(fn, [message, EXCEPTION_CLASSES.get('FutureWarning')!], null);
  };
  const m = new Map<string, PyValue>([
    ['error', RE_ERROR],
    ['Pattern', PATTERN_CLASS],
    ['Match', MATCH_CLASS],
    ['RegexFlag', regexFlagClass()],
    ['NOFLAG', noFlag()],
  ]);
  m.set(
    'Scanner',
    lexiconScannerClass((text, flags) => compile(text, flags, warn)),
  );
  const flags = regexFlagClass().dict;
  for (const name of Object.keys(RE_FLAGS)) m.set(name, flags.get(name)!);
  for (const [short, long] of [
    ['I', 'IGNORECASE'],
    ['L', 'LOCALE'],
    ['M', 'MULTILINE'],
    ['S', 'DOTALL'],
    ['U', 'UNICODE'],
    ['X', 'VERBOSE'],
    ['A', 'ASCII'],
    ['T', 'TEMPLATE'],
  ] as const) {
    m.set(short, flags.get(long)!);
  }
  defineAll(m, [
    [
      'compile',
      (args, kw) => {
        const [pattern, flags] = bindArgs('compile', ['pattern', 'flags'], 1, args, kw);
        return compile(pattern!, flags, warn);
      },
    ],
    ['match', moduleFunction('match', ['string'], 1, warn)],
    ['fullmatch', moduleFunction('fullmatch', ['string'], 1, warn)],
    ['search', moduleFunction('search', ['string'], 1, warn)],
    ['findall', moduleFunction('findall', ['string'], 1, warn)],
    ['finditer', moduleFunction('finditer', ['string'], 1, warn)],
    ['sub', moduleFunction('sub', ['repl', 'string', 'count'], 2, warn)],
    ['subn', moduleFunction('subn', ['repl', 'string', 'count'], 2, warn)],
    ['split', moduleFunction('split', ['string', 'maxsplit'], 1, warn)],
    [
      'escape',
      (args, kw) => {
        const [pattern] = bindArgs('escape', ['pattern'], 1, args, kw);
        if (typeof pattern !== 'string') {
          throw typeError(`expected string or bytes-like object, got '${typeName(pattern!)}'`);
        }
        let out = '';
        for (const c of pattern) out += SPECIAL.has(c) ? `\\${c}` : c;
        return out;
      },
    ],
    [
      'purge',
      (args, kw) => {
        bindArgs('purge', [], 0, args, kw);
        CACHE.clear();
        return null;
      },
    ],
  ]);
  return m;
}

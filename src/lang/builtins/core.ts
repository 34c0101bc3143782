// Python's general built-ins: the table of them (print, the type constructors, min/max/sum,
// sorted, any/all, …), with Python's semantics (sum starts from int 0 and adds floats left
// to right, as CPython 3.11, the oracle here, does) and Python's messages. Their larger
// families have files of their own: lengthAndRange.ts, textConversions.ts (int() and
// float() of text), lazyIterators.ts (zip, enumerate, map, filter, reversed) and
// numberBuiltins.ts (round, divmod, ord).

import { withoutAliases } from '../runtime/hashAliases';
import { mergesWhole, setOf } from '../runtime/setMerge';
import { bytesData, makeBytes } from '../runtime/bytes';
import { decodeBytes } from '../runtime/codecs';
import { Value } from '../../engine';
import { ternaryPow } from './ternaryPow';
import { bindBuiltin, exactArgs, expectArgs, indexArg, noKeywords } from '../runtime/args';
import { binary } from '../runtime/arith';
import { binarySite } from '../runtime/binarySite';
import { callMethod } from '../runtime/attributes';
import { hashKey, order } from '../runtime/equality';
import { setFromItems } from '../runtime/smallSet';
import { convert, formatWithSpec } from '../runtime/formatValue';
import { collect, itemsOf, iterate } from '../runtime/iteration';
import { updateDict } from '../runtime/methods/dictMethods';
import { keyFunction, reverseFlag } from '../runtime/methods/listMethods';
import { str, textObject, typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import { sortInPlace } from '../runtime/sorting';
import { enterNativeLevel, leaveNativeLevel } from '../runtime/nativeCallDepth';
import { truthy } from '../runtime/truth';
import {
  Builtin,
  PyDict,
  PyFile,
  PyFrozenSet,
  PyNamedTuple,
  PyTuple,
  type BuiltinImpl,
  type Kwargs,
  type PyValue,
} from '../runtime/values';
import type { BuiltinContext } from './context';
import { filter, enumerate, map, reversedOf, zip } from './lazyIterators';
import { divmod, modPow, ord, round } from './numberBuiltins';
import { toFloatValue, toInt } from './textConversions';
import { len, makeRange } from './lengthAndRange';
import { argTypeName } from '../runtime/typeName';

export function defineAll(into: Map<string, PyValue>, entries: [string, BuiltinImpl][]): void {
  for (const [name, impl] of entries) {
    const b = new Builtin(name, impl);
    if ('one' in impl) b.one = (impl as UnaryBuiltinImpl).one;
    into.set(name, b);
  }
}

/** A built-in of exactly one positional argument: its call, and its direct entry (Builtin.one). */
export type UnaryBuiltinImpl = BuiltinImpl & { readonly one: (a: PyValue) => PyValue };

/**
 * The call of a one-argument built-in (named `qualified` in its errors, `math.sqrt`) made from
 * its direct entry, which defineAll gives the built-in: `math.sqrt(x)` then builds no
 * argument array and checks no argument count.
 */
export function unary(qualified: string, one: (a: PyValue) => PyValue): UnaryBuiltinImpl {
  const call: BuiltinImpl = (args, kw) => {
    exactArgs(qualified, 1, args, kw);
    return one(args[0]);
  };
  return Object.assign(call, { one });
}

/** Gives the built-in `name` in `into` its one- or two-argument entry (see Builtin.one). */
export function defineDirect(
  into: Map<string, PyValue>,
  name: string,
  entry: { one?: (a: PyValue) => PyValue; two?: (a: PyValue, b: PyValue) => PyValue },
): void {
  const b = into.get(name);
  if (!(b instanceof Builtin)) throw new Error(`no built-in ${name}`);
  b.one = entry.one ?? null;
  b.two = entry.two ?? null;
}

// ---- min, max, sum -------------------------------------------------------------------------

function minMax(name: 'min' | 'max', args: PyValue[], kw: Kwargs): PyValue {
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  const [keyArg, dflt] = bindBuiltin(name, ['key', 'default'], 0, [], kw);
  const key = keyFunction(keyArg);
  let items: readonly PyValue[];
  if (args.length === 1) items = itemsOf(args[0]);
  else {
    if (dflt !== undefined) {
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw fail('ValueError', `${name}() arg is an empty sequence`);
  }
  const op = name === 'max' ? '>' : '<';
  let best = items[0];
  let bestKey = key === null ? best : key(best);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === null ? x : key(x);
    const better =
      typeof k === 'number' && typeof bestKey === 'number'
        ? op === '>'
          ? k > bestKey
          : k < bestKey
        : order(op, k, bestKey);
    if (better) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

const C_LONG = 2n ** 63n;
// Negated once: V8 does not fold `-C_LONG` and allocates a bigint per use.
const NEG_C_LONG = -C_LONG;

/** Python 3.11's sum(): exact ints, floats in C doubles, `+` for everything else. */
export function sum(iterable: PyValue, start: PyValue): PyValue {
  if (typeof start === 'string')
    throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const it = iterate(iterable);
  let result: PyValue = start;
  let item: PyValue | undefined;
  if (typeof result === 'bigint') {
    let acc = result;
    for (;;) {
      item = it.next();
      if (item === undefined) return acc;
      if (typeof item === 'bigint') acc += item;
      else if (typeof item === 'boolean') acc += item ? 1n : 0n;
      else {
        result = add(acc, item);
        break;
      }
    }
  }
  if (typeof result === 'number') {
    // Floats are added left to right, each `+` rounded (CPython 3.12 compensates; 3.11 not).
    let f = result;
    for (;;) {
      item = it.next();
      if (item === undefined) return f;
      if (typeof item === 'number') f += item;
      else if (typeof item === 'boolean') f += item ? 1 : 0;
      else if (typeof item === 'bigint' && item < C_LONG && item >= NEG_C_LONG) f += Number(item);
      else {
        result = add(f, item);
        break;
      }
    }
  }
  for (item = it.next(); item !== undefined; item = it.next()) result = add(result, item);
  return result;
}

/** sum()'s `+`: user-class instances find their __add__/__radd__ through this cache. */
let sumPlus: ((a: PyValue, b: PyValue) => PyValue) | null = null;

function add(a: PyValue, b: PyValue): PyValue {
  if (a instanceof Value) {
    if (b instanceof Value || typeof b === 'number') return a.add(b);
  } else if (b instanceof Value && typeof a === 'number') return b.add(a);
  sumPlus ??= binarySite('+');
  return sumPlus(a, b);
}

/** A value whose str() runs none of the program's code (print may hold its text back). */
function ownText(v: PyValue): boolean {
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'bigint' || t === 'boolean' || v === null;
}

/** Printed text is handed to the host in pieces of at most about this many characters. */
const PRINT_CHUNK = 1 << 20;

// ---- the table -----------------------------------------------------------------------------

export function coreBuiltins(ctx: BuiltinContext, into: Map<string, PyValue>): void {
  defineAll(into, [
    [
      'print',
      (args, kw) => {
        const [sepArg, endArg, fileArg] = printOptions(kw);
        let file = fileArg;
        if (file === null) {
          // As CPython's: no file (or None) is sys.stdout as it is now; None there prints nothing.
          const current = ctx.programStream?.('stdout');
          if (current === null) return null;
          if (current !== undefined) file = current;
        }
        const write = printTarget(ctx, file);
        if (write === null) {
          // CPython calls a file's write once per argument, per separator and for the end.
          for (let i = 0; i < args.length; i++) {
            if (i > 0) callMethod(file, 'write', [sepArg], null);
            callMethod(file, 'write', [str(args[i])], null);
          }
          callMethod(file, 'write', [endArg], null);
          return null;
        }
        // Streamed in pieces: each argument is a value the program could build, so
        // printing it must not fail on the length of all of them together.
        let text = '';
        for (let i = 0; i < args.length; i++) {
          let sep = i > 0 ? sepArg : '';
          const arg = args[i];
          if (!ownText(arg) && text + sep !== '') {
            // Its str may be the program's code, which may print: CPython has written what
            // came before (and the separator) by then.
            write(text + sep);
            text = '';
            sep = '';
          }
          let shown: string;
          try {
            shown = str(arg);
          } catch (e) {
            // CPython has written what came before (and the separator) when str() fails.
            if (text + sep !== '') write(text + sep);
            throw e;
          }
          const piece = sep + shown;
          if (text.length + piece.length > PRINT_CHUNK) {
            write(text);
            text = '';
          }
          text += piece;
        }
        write(text + endArg);
        return null;
      },
    ],
    [
      'len',
      (args, kw) => {
        exactArgs('len', 1, args, kw);
        return len(args[0]);
      },
    ],
    ['range', makeRange],
    [
      'list',
      (args, kw) => {
        noKeywords('list', kw);
        if (args.length > 1)
          throw typeError(`list expected at most 1 argument, got ${args.length}`);
        return args.length === 0 ? [] : collect(args[0]);
      },
    ],
    [
      'tuple',
      (args, kw) => {
        noKeywords('tuple', kw);
        if (args.length > 1)
          throw typeError(`tuple expected at most 1 argument, got ${args.length}`);
        // tuple(t) is t itself only for an exact tuple (a namedtuple gives a plain copy).
        if (args.length === 1 && args[0] instanceof PyTuple && !(args[0] instanceof PyNamedTuple))
          return args[0];
        return new PyTuple(args.length === 0 ? [] : collect(args[0]));
      },
    ],
    [
      'dict',
      (args, kw) => {
        if (args.length > 1)
          throw typeError(`dict expected at most 1 argument, got ${args.length}`);
        const d = new PyDict();
        if (args.length === 1) updateDict(d, args[0], 'dictionary');
        if (kw !== null) for (const [k, v] of kw) d.map.set(k, { key: k, value: v });
        return d;
      },
    ],
    [
      'set',
      (args, kw) => {
        noKeywords('set', kw);
        if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
        if (args.length === 1 && mergesWhole(args[0])) return setOf(args[0]);
        return setFromItems(args.length === 1 ? withoutAliases(itemsOf(args[0])) : [], hashKey);
      },
    ],
    [
      'frozenset',
      (args, kw) => {
        noKeywords('frozenset', kw);
        if (args.length > 1) {
          throw typeError(`frozenset expected at most 1 argument, got ${args.length}`);
        }
        // A frozenset never changes: frozenset(fs) is fs itself, as in CPython.
        if (args.length === 1 && args[0] instanceof PyFrozenSet) return args[0];
        if (args.length === 1 && mergesWhole(args[0])) return setOf(args[0], new PyFrozenSet());
        const items = args.length === 1 ? withoutAliases(itemsOf(args[0])) : [];
        return setFromItems(items, hashKey, new PyFrozenSet());
      },
    ],
    [
      'str',
      (args, kw) => {
        // str(x), the common call, binds nothing.
        if (kw === null && args.length === 1) return textObject(args[0], '__str__');
        const [v, encoding, errors] = bindBuiltin(
          'str',
          ['object', 'encoding', 'errors'],
          0,
          args,
          kw,
        );
        if (encoding !== undefined || errors !== undefined) {
          // str(x, encoding) decodes bytes, which tgrad does not have.
          for (const [name, arg] of [
            ['encoding', encoding],
            ['errors', errors],
          ] as const) {
            if (arg !== undefined && typeof arg !== 'string') {
              throw typeError(`str() argument '${name}' must be str, not ${argTypeName(arg)}`);
            }
          }
          if (v === undefined) return '';
          if (typeof v === 'string') throw typeError('decoding str is not supported');
          const data = bytesData(v);
          if (data !== null) {
            return decodeBytes(
              data,
              (encoding as string | undefined) ?? 'utf-8',
              (errors as string | undefined) ?? 'strict',
            );
          }
          throw typeError(`decoding to str: need a bytes-like object, ${typeName(v)} found`);
        }
        return v === undefined ? '' : textObject(v, '__str__');
      },
    ],
    ['bytes', (args, kw) => makeBytes('bytes', args, kw)],
    ['bytearray', (args, kw) => makeBytes('bytearray', args, kw)],
    [
      'repr',
      (args, kw) => {
        exactArgs('repr', 1, args, kw);
        return textObject(args[0], '__repr__');
      },
    ],
    [
      'ascii',
      (args, kw) => {
        exactArgs('ascii', 1, args, kw);
        return convert(args[0], 'a');
      },
    ],
    [
      'format',
      (args, kw) => {
        noKeywords('format', kw);
        expectArgs('format', args, 1, 2);
        const [v, spec] = args;
        return formatWithSpec(v as PyValue, spec === undefined ? '' : spec);
      },
    ],
    [
      'int',
      (args, kw) => {
        const [v, base] = bindBuiltin('int', ['x', 'base'], 0, args, kw, 1);
        return v === undefined ? 0n : toInt(v, base);
      },
    ],
    [
      'float',
      Object.assign(
        (args: PyValue[], kw: Kwargs): PyValue => {
          noKeywords('float', kw);
          if (args.length > 1)
            throw typeError(`float expected at most 1 argument, got ${args.length}`);
          return args.length === 0 ? 0 : toFloatValue(args[0]);
        },
        // `float(x)` straight (microgpt's relu grad `float(self.data > 0)`): PyClass.constructOne.
        { one: toFloatValue },
      ),
    ],
    [
      'bool',
      Object.assign(
        (args: PyValue[], kw: Kwargs): PyValue => {
          noKeywords('bool', kw);
          if (args.length > 1)
            throw typeError(`bool expected at most 1 argument, got ${args.length}`);
          return args.length === 0 ? false : truthy(args[0]);
        },
        { one: (x: PyValue): PyValue => truthy(x) },
      ),
    ],
    ['min', (args, kw) => minMax('min', args, kw)],
    ['max', (args, kw) => minMax('max', args, kw)],
    [
      'sum',
      (args, kw) => {
        // sum(xs), the common call, binds nothing.
        if (kw === null && args.length === 1) return sum(args[0], 0n);
        const [iterable, start] = bindBuiltin('sum', ['iterable', 'start'], 1, args, kw, 1);
        return sum(iterable as PyValue, start === undefined ? 0n : start);
      },
    ],
    ['zip', zip],
    ['enumerate', enumerate],
    ['map', map],
    ['filter', filter],
    [
      'sorted',
      (args, kw) => {
        if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
        const [key, reverse] = bindBuiltin('sort', ['key', 'reverse'], 0, [], kw);
        const items = collect(args[0]);
        // CPython lists the items in sorted's own (unchecked) call, then calls list.sort, a
        // checked call holding a level while the key runs.
        enterNativeLevel();
        try {
          sortInPlace(items, keyFunction(key), reverseFlag(reverse));
        } finally {
          leaveNativeLevel();
        }
        return items;
      },
    ],
    [
      'reversed',
      (args, kw) => {
        noKeywords('reversed', kw);
        expectArgs('reversed', args, 1, 1);
        return reversedOf(args[0]);
      },
    ],
    [
      'any',
      (args, kw) => {
        exactArgs('any', 1, args, kw);
        const it = iterate(args[0]);
        for (let x = it.next(); x !== undefined; x = it.next()) if (truthy(x)) return true;
        return false;
      },
    ],
    [
      'all',
      (args, kw) => {
        exactArgs('all', 1, args, kw);
        const it = iterate(args[0]);
        for (let x = it.next(); x !== undefined; x = it.next()) if (!truthy(x)) return false;
        return true;
      },
    ],
    ['round', round],
    [
      'pow',
      (args, kw) => {
        const [base, exp, mod] = bindBuiltin('pow', ['base', 'exp', 'mod'], 2, args, kw);
        if (mod !== undefined && mod !== null) {
          return ternaryPow(base as PyValue, exp as PyValue, mod, modPow);
        }
        return binary('**', base as PyValue, exp as PyValue);
      },
    ],
    ['divmod', divmod],
    [
      'chr',
      (args, kw) => {
        exactArgs('chr', 1, args, kw);
        const i = indexArg(args[0]);
        if (i < 0n || i > 0x10ffffn) throw fail('ValueError', 'chr() arg not in range(0x110000)');
        return String.fromCodePoint(Number(i));
      },
    ],
    [
      'ord',
      (args, kw) => {
        exactArgs('ord', 1, args, kw);
        return ord(args[0]);
      },
    ],
  ]);
  defineDirect(into, 'len', { one: len });
  defineDirect(into, 'ord', { one: ord });
  defineDirect(into, 'max', { two: (a, b) => ofTwo('max', a, b) });
  defineDirect(into, 'min', { two: (a, b) => ofTwo('min', a, b) });
}

function isReal(v: PyValue): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

/**
 * `max(a, b)` / `min(a, b)` (micrograd's `max(0, x)`): CPython keeps the first unless the
 * second is strictly greater (less), so two ints or floats need one comparison (JS compares
 * a number and a bigint exactly); anything else, bools included, goes the general way.
 */
function ofTwo(name: 'min' | 'max', a: PyValue, b: PyValue): PyValue {
  if (isReal(a) && isReal(b)) return (name === 'max' ? b > a : b < a) ? b : a;
  return minMax(name, [a, b], null);
}

/**
 * Where print writes its text: the program's output (no `file=`, or sys.stdout/sys.stderr);
 * null when `file=` is another object, whose `write` print calls piece by piece.
 */
function printTarget(ctx: BuiltinContext, file: PyValue): ((text: string) => void) | null {
  if (file === null) return (text) => ctx.host.print(text);
  if (file instanceof PyFile && file.sink !== null && !file.closed) return file.sink;
  return null;
}

function printOptions(kw: Kwargs): [string, string, PyValue] {
  let sep = ' ';
  let end = '\n';
  let file: PyValue = null;
  if (kw === null) return [sep, end, file];
  for (const [k, v] of kw) {
    if (k === 'sep' || k === 'end') {
      if (v !== null && typeof v !== 'string') {
        throw typeError(`${k} must be None or a string, not ${typeName(v)}`);
      }
      if (k === 'sep') sep = v ?? ' ';
      else end = v ?? '\n';
    } else if (k === 'flush') {
      continue;
    } else if (k === 'file') {
      file = v;
    } else {
      throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  return [sep, end, file];
}

// Python's general built-ins: print, len, range, the type constructors, min/max/sum,
// sorted, zip, enumerate, map, filter, reversed, any/all, round, pow and friends, with
// Python's semantics (sum starts from int 0 and adds floats left to right, as CPython 3.11,
// the oracle here, does) and Python's messages.

import { withoutAliases } from '../runtime/hashAliases';
import { mergesWhole, setOf } from '../runtime/setMerge';
import { callTupleOverride } from '../runtime/namedTupleOverrides';
import { payloadOf } from '../runtime/builtinSubclass';
import { builtinClass } from '../runtime/types';
import { PyZipPair } from '../runtime/zipPairs';
import { bytesData, makeBytes } from '../runtime/bytes';
import { decodeBytes, latin1Text } from '../runtime/codecs';
import { bytesRepr, strRepr } from '../format';
import { readLimitMessage, tooManyDigits } from '../format/intRepr';
import { readDigits } from './readDigits';
import { TgradError } from '../errors';
import { EXCEPTION_CLASSES, errorClass } from '../runtime/exceptions';
import { makeEnumerate } from '../runtime/enumeratePairs';
import { intOf } from '../runtime/smallInts';
import { Value } from '../../engine';
import { asciiDigits } from '../format/decimalDigitValue';
import { callSpecial } from '../runtime/instances';
import { ternaryPow } from './ternaryPow';
import { NOT_IMPLEMENTED } from '../runtime/special';
import { PyClass, PyInstance } from '../runtime/objects';
import { instanceFloat, instanceInt } from '../runtime/numberHooks';
import { checkLengthFits, lengthResult } from '../runtime/lengthResult';
import { bindBuiltin, exactArgs, expectArgs, indexArg, noKeywords } from '../runtime/args';
import { binary } from '../runtime/arith';
import { binarySite } from '../runtime/binarySite';
import { callMethod } from '../runtime/attributes';
import { callValue } from '../runtime/call';
import { hashKey, order } from '../runtime/equality';
import { setFromItems, setSize } from '../runtime/smallSet';
import { convert, formatWithSpec } from '../runtime/formatValue';
import { characters, collect, itemsOf, iterate, strLength } from '../runtime/iteration';
import { updateDict } from '../runtime/methods/dictMethods';
import { keyFunction, reverseFlag } from '../runtime/methods/listMethods';
import {
  asInt,
  floatDivmod,
  floatToInt,
  intFloorDiv,
  intMod,
  roundFloat,
  roundHalfEven,
  roundInt,
  toFloat,
} from '../runtime/numbers';
import { repr, str, typeName } from '../runtime/repr';
import { fail, tick, typeError } from '../runtime/state';
import { sortInPlace } from '../runtime/sorting';
import { truthy } from '../runtime/truth';
import {
  Builtin,
  PyDeque,
  PyDict,
  PyDictView,
  PyFile,
  PyIterator,
  PyRange,
  PyFrozenSet,
  PySet,
  PyNamedTuple,
  PyTuple,
  type BuiltinImpl,
  type Kwargs,
  type PyValue,
} from '../runtime/values';
import type { BuiltinContext } from './context';

export function defineAll(into: Map<string, PyValue>, entries: [string, BuiltinImpl][]): void {
  for (const [name, impl] of entries) into.set(name, new Builtin(name, impl));
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

// ---- conversions ------------------------------------------------------------------------

const FLOAT_TEXT =
  /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*|\d(?:_?\d)*\.)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_FLOAT = /^([+-]?)(inf|infinity|nan)$/i;

/** A plain decimal number (`float(line)`): Number() reads it as Python does. */
const PLAIN_FLOAT = /^[ \t\n\r]*[+-]?[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?[ \t\n\r]*$/;

export function parseFloatText(s: string): number {
  if (PLAIN_FLOAT.test(s)) return Number(s);
  const t = asciiDigits(s).trim();
  const special = SPECIAL_FLOAT.exec(t);
  if (special !== null) {
    const sign = special[1] === '-' ? -1 : 1;
    return special[2].toLowerCase() === 'nan' ? NaN : sign * Infinity;
  }
  if (!FLOAT_TEXT.test(t))
    throw fail('ValueError', `could not convert string to float: ${repr(s)}`);
  return Number(t.replace(/_/g, ''));
}

/** A plain decimal integer, as `int(input())` mostly reads: BigInt parses it as Python does. */
const PLAIN_DECIMAL = /^[ \t\n\r]*[+-]?[0-9]+[ \t\n\r]*$/;

function parseIntText(s: string, base: number): bigint {
  if (base === 10 && PLAIN_DECIMAL.test(s) && s.length <= 4300 && !tooManyDigits(s.length)) {
    return BigInt(s);
  }
  const bad = (): never => {
    throw fail('ValueError', `invalid literal for int() with base ${base}: ${repr(s)}`);
  };
  let t = asciiDigits(s).trim();
  let negative = false;
  if (t[0] === '+' || t[0] === '-') {
    negative = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const prefix = t.slice(0, 2).toLowerCase();
  if (
    (b === 16 && prefix === '0x') ||
    (b === 8 && prefix === '0o') ||
    (b === 2 && prefix === '0b')
  ) {
    t = t.slice(2).replace(/^_/, '');
  } else if (b === 0) {
    if (prefix === '0x') b = 16;
    else if (prefix === '0o') b = 8;
    else if (prefix === '0b') b = 2;
    else b = 10;
    if (b !== 10) t = t.slice(2).replace(/^_/, '');
    else if (/^0+[1-9]/.test(t.replace(/_/g, ''))) bad();
  }
  if (t === '' || t.startsWith('_') || t.endsWith('_') || t.includes('__')) bad();
  const digits = t.replace(/_/g, '').toLowerCase();
  const digitOf = (ch: string): number =>
    ch >= '0' && ch <= '9'
      ? ch.charCodeAt(0) - 48
      : ch >= 'a' && ch <= 'z'
        ? ch.charCodeAt(0) - 87
        : 99;
  for (const ch of digits) if (digitOf(ch) >= b) bad();
  // Python 3.11 refuses more than 4300 digits (sys.set_int_max_str_digits) in a base that
  // is not a power of two.
  if (tooManyDigits(digits.length) && (b & (b - 1)) !== 0) {
    throw fail('ValueError', readLimitMessage(digits.length));
  }
  const value = readDigits(digits, b);
  return negative ? -value : value;
}

/**
 * int(b) / float(b) of bytes: their text read as a str is, except that a failure shows the
 * bytes (`invalid literal for int() with base 10: b'x'`).
 */
function parseBytes<T>(data: Uint8Array, parse: (text: string) => T): T {
  const text = latin1Text(data);
  try {
    return parse(text);
  } catch (e) {
    if (!(e instanceof TgradError) || e.kind !== 'ValueError') throw e;
    throw fail('ValueError', e.message.replace(strRepr(text), bytesRepr(data)));
  }
}

function toInt(v: PyValue, base: PyValue | undefined): bigint {
  const data = typeof v === 'object' ? bytesData(v) : null;
  if (data !== null) return parseBytes(data, (s) => toInt(s, base));
  if (base !== undefined) {
    if (typeof v !== 'string') throw typeError("int() can't convert non-string with explicit base");
    const b = Number(indexArg(base));
    if (b !== 0 && (b < 2 || b > 36))
      throw fail('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    return parseIntText(v, b);
  }
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return floatToInt(v);
    case 'string':
      return parseIntText(v, 10);
  }
  const hooked = instanceInt(v);
  if (hooked !== undefined) return hooked;
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
}

export function toFloatValue(v: PyValue): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
    case 'boolean':
      return toFloat(v);
    case 'string':
      return parseFloatText(v);
  }
  if (v instanceof Value) return v.data;
  const data = bytesData(v);
  if (data !== null) return parseBytes(data, parseFloatText);
  const hooked = instanceFloat(v);
  if (hooked !== undefined) return hooked;
  throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
}

// ---- len, range ----------------------------------------------------------------------------

/** Python's len(v), a small answer shared (len() runs in hot loops). */
/** The largest length CPython's len() returns: its Py_ssize_t. */
const MAX_SSIZE = (1n << 63n) - 1n;

function len(v: PyValue): bigint {
  const n = length(v);
  if (typeof n !== 'bigint' || n <= MAX_SSIZE) return typeof n === 'bigint' ? n : intOf(n);
  // A range's length is computed as a C int; a __len__'s result is checked as an index.
  throw fail(
    'OverflowError',
    v instanceof PyRange
      ? 'Python int too large to convert to C ssize_t'
      : "cannot fit 'int' into an index-sized integer",
  );
}

export function length(v: PyValue): number | bigint {
  if (Array.isArray(v)) return v.length;
  if (typeof v === 'string') return strLength(v);
  if (v instanceof PyTuple) {
    const own = v instanceof PyNamedTuple ? callTupleOverride(v, '__len__', []) : undefined;
    return own === undefined ? v.items.length : lengthResult(own);
  }
  if (v instanceof PyDict) return v.map.size;
  if (v instanceof PySet) return setSize(v);
  if (v instanceof PyDictView) return v.dict.map.size;
  if (v instanceof PyRange) {
    return checkLengthFits(v.length, 'Python int too large to convert to C ssize_t');
  }
  if (v instanceof PyClass && v.meta?.iterate !== undefined) return v.meta.iterate(v).length;
  if (v instanceof PyInstance) {
    const n = callSpecial(v, '__len__', []);
    if (n !== undefined) return lengthResult(n);
  }
  if (v instanceof PyDeque) return v.length;
  const data = bytesData(v);
  if (data !== null) return data.length;
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

function rangeArg(v: PyValue): bigint {
  const i = asInt(v);
  if (i === undefined)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

function makeRange(args: PyValue[], kw: Kwargs): PyRange {
  noKeywords('range', kw);
  if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0n, rangeArg(args[0]), 1n);
  const step = args.length === 3 ? rangeArg(args[2]) : 1n;
  if (step === 0n) throw fail('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(rangeArg(args[0]), rangeArg(args[1]), step);
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

// ---- lazy iterators ------------------------------------------------------------------------

function zip(args: PyValue[], kw: Kwargs): PyIterator {
  const [strictArg] = bindBuiltin('zip', ['strict'], 0, [], kw);
  const strict = strictArg !== undefined && truthy(strictArg);
  const its = args.map((a) => iterate(a));
  const n = its.length;
  let done = n === 0;
  /** Iterator `i` ended: zip ends, after strict's check of the lengths. */
  const end = (i: number): undefined => {
    done = true;
    if (strict) {
      if (i > 0)
        throw fail(
          'ValueError',
          `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's' : ''} 1${i > 1 ? `-${i}` : ''}`,
        );
      for (let j = 1; j < n; j++) {
        if (its[j].next() !== undefined) {
          throw fail(
            'ValueError',
            `zip() argument ${j + 1} is longer than argument${j > 1 ? 's' : ''} 1${j > 1 ? `-${j}` : ''}`,
          );
        }
      }
    }
    return undefined;
  };
  // Each item's array is made at its size (a pair is the common case): grown by push, it
  // would keep room for 17.
  const next = (): PyValue | undefined => {
    if (done) return undefined;
    const x0 = its[0].next();
    if (x0 === undefined) return end(0);
    if (n === 1) return new PyTuple([x0]);
    const x1 = its[1].next();
    if (x1 === undefined) return end(1);
    if (n === 2) return new PyTuple([x0, x1]);
    const items: PyValue[] = [x0, x1];
    for (let i = 2; i < n; i++) {
      const x = its[i].next();
      if (x === undefined) return end(i);
      items.push(x);
    }
    return new PyTuple(items);
  };
  return n === 2 && !strict ? new PyZipPair(next, its[0], its[1]) : new PyIterator('zip', next);
}

function enumerate(args: PyValue[], kw: Kwargs): PyIterator {
  // CPython's enumerate checks for its argument before the keywords, in its own words.
  if (args.length === 0 && !(kw?.has('iterable') ?? false)) {
    throw typeError("enumerate() missing required argument 'iterable'");
  }
  const [iterable, startArg] = bindBuiltin('enumerate', ['iterable', 'start'], 1, args, kw);
  const it = iterate(iterable as PyValue);
  return makeEnumerate(it, startArg === undefined ? 0n : indexArg(startArg));
}

function map(args: PyValue[], kw: Kwargs): PyIterator {
  noKeywords('map', kw);
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  const fn = args[0];
  const its = args.slice(1).map((a) => iterate(a));
  return new PyIterator('map', () => {
    const xs: PyValue[] = [];
    for (const it of its) {
      const x = it.next();
      if (x === undefined) return undefined;
      xs.push(x);
    }
    return callValue(fn, xs, null);
  });
}

function filter(args: PyValue[], kw: Kwargs): PyIterator {
  exactArgs('filter', 2, args, kw);
  const fn = args[0];
  const it = iterate(args[1]);
  return new PyIterator('filter', () => {
    for (let x = it.next(); x !== undefined; x = it.next()) {
      tick();
      if (truthy(fn === null ? x : callValue(fn, [x], null))) return x;
    }
    return undefined;
  });
}

function reversedOf(value: PyValue): PyValue {
  if (value instanceof PyInstance) {
    // The class's __reversed__ answers, whatever it returns (CPython checks nothing of it).
    const own = callSpecial(value, '__reversed__', []);
    if (own !== undefined) return own;
    if (value.cls.builtinBase === null) return reversedSequence(value);
  }
  // A list (str, tuple, dict) subclass's instance reverses as its value.
  const v = payloadOf(value);
  let items: readonly PyValue[];
  if (Array.isArray(v)) {
    // A list reversed lazily, as Python's list_reverseiterator.
    let i = v.length - 1;
    return new PyIterator('list_reverseiterator', () =>
      i >= 0 && i < v.length ? v[i--] : undefined,
    );
  }
  if (v instanceof PyTuple) items = v.items;
  else if (typeof v === 'string') items = characters(v);
  else if (v instanceof PyRange) {
    let i = v.length - 1n;
    return new PyIterator('range_iterator', () => (i >= 0n ? v.at(i--) : undefined));
  }
  // CPython's own reverse iterator types for dicts, their views and deques; `reversed` else.
  let kind = 'reversed';
  if (v instanceof PyDict || v instanceof PyDictView) {
    items = collect(v);
    const what = v instanceof PyDictView ? v.kind.slice(0, -1) : 'key';
    kind = `dict_reverse${what}iterator`;
  } else if (v instanceof PyDeque) {
    items = v.items.slice();
    kind = '_deque_reverse_iterator';
  } else if (bytesData(v) !== null) items = collect(v);
  else if (!(v instanceof PyTuple) && typeof v !== 'string') {
    throw typeError(`'${typeName(v)}' object is not reversible`);
  }
  let i = items!.length - 1;
  return new PyIterator(kind, () => (i >= 0 ? items[i--] : undefined));
}

/**
 * reversed() of an instance without __reversed__: the sequence protocol, as CPython's
 * reversed: __getitem__ from len()-1 down to 0, IndexError or StopIteration ending it early.
 */
function reversedSequence(value: PyInstance): PyIterator {
  // `__reversed__ = None` refuses it, as a class without __getitem__ (or a mapping) is refused.
  if (value.cls.lookup('__reversed__') === null || !isSequenceLike(value.cls)) {
    throw typeError(`'${value.cls.name}' object is not reversible`);
  }
  let i = length(value);
  return new PyIterator('reversed', () => {
    if (--i < 0) return undefined;
    try {
      return callSpecial(value, '__getitem__', [BigInt(i)])!;
    } catch (e) {
      if (e instanceof TgradError && endsSequence(errorClass(e))) {
        i = 0;
        return undefined;
      }
      throw e;
    }
  });
}

function endsSequence(cls: PyClass): boolean {
  return (
    cls.isSubclassOf(EXCEPTION_CLASSES.get('IndexError')!) ||
    cls.isSubclassOf(EXCEPTION_CLASSES.get('StopIteration')!)
  );
}

/** PySequence_Check for a program's class: a __getitem__ (a dict subclass's is no sequence's). */
function isSequenceLike(cls: PyClass): boolean {
  const m = cls.lookup('__getitem__');
  return m !== undefined && m !== null;
}

// ---- numbers -------------------------------------------------------------------------------

function round(args: PyValue[], kw: Kwargs): PyValue {
  const [number, nd] = bindBuiltin('round', ['number', 'ndigits'], 1, args, kw);
  const x = payloadOf(number!);
  const ndigits = nd === undefined || nd === null ? null : indexArg(nd);
  if (typeof x === 'number') {
    if (ndigits === null) {
      if (Number.isNaN(x)) throw fail('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(x))
        throw fail('OverflowError', 'cannot convert float infinity to integer');
      return floatToInt(roundHalfEven(x));
    }
    return roundFloat(x, Number(ndigits));
  }
  if (typeof x === 'bigint' || typeof x === 'boolean') {
    const i = x === true ? 1n : x === false ? 0n : (x as bigint);
    return ndigits === null ? i : roundInt(i, ndigits);
  }
  if (x instanceof PyInstance) {
    const r = callSpecial(x, '__round__', nd === undefined ? [] : [nd]);
    if (r !== undefined) return r;
  }
  throw typeError(`type ${typeName(x as PyValue)} doesn't define __round__ method`);
}

/** x⁻¹ mod m (0 <= x < m), by the extended Euclidean algorithm, or Python's ValueError. */
function modInverse(x: bigint, m: bigint): bigint {
  let [r0, r1] = [m, x];
  let [t0, t1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1n) {
    if (m === 1n) return 0n;
    throw fail('ValueError', 'base is not invertible for the given modulus');
  }
  return ((t0 % m) + m) % m;
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 0n) throw fail('ValueError', 'pow() 3rd argument cannot be 0');
  const m = mod < 0n ? -mod : mod;
  let result = 1n % m;
  let b = ((base % m) + m) % m;
  // Python 3.8+: a negative exponent raises the modular inverse to -exp.
  if (exp < 0n) b = modInverse(b, m);
  let e = exp < 0n ? -exp : exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return mod < 0n && result !== 0n ? result + mod : result;
}

/** An int for int's own arithmetic: an int, a bool, or an instance of an int subclass (IntEnum). */
function isIntLike(v: PyValue): boolean {
  return (
    typeof v === 'bigint' ||
    typeof v === 'boolean' ||
    (v instanceof PyInstance && v.cls.isSubclassOf(builtinClass('int')))
  );
}

function divmod(args: PyValue[], kw: Kwargs): PyValue {
  exactArgs('divmod', 2, args, kw);
  const [a, b] = args;
  // An object's own __divmod__, else the other side's __rdivmod__ (fractions.Fraction's).
  const forward = a instanceof PyInstance ? callSpecial(a, '__divmod__', [b]) : undefined;
  if (forward !== undefined && forward !== NOT_IMPLEMENTED) return forward;
  const reverse = b instanceof PyInstance ? callSpecial(b, '__rdivmod__', [a]) : undefined;
  if (reverse !== undefined && reverse !== NOT_IMPLEMENTED) return reverse;
  // int's and float's own divmod: ints (an int subclass's value too), not an object's
  // __index__, which CPython's divmod() does not call.
  const pa = payloadOf(a);
  const pb = payloadOf(b);
  const ia = isIntLike(pa) ? asInt(pa) : undefined;
  const ib = isIntLike(pb) ? asInt(pb) : undefined;
  if (ia !== undefined && ib !== undefined) {
    if (ib === 0n) throw fail('ZeroDivisionError', 'integer division or modulo by zero');
    return new PyTuple([intFloorDiv(ia, ib), intMod(ia, ib)]);
  }
  const num = (v: PyValue): number => {
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return toFloat(v);
    if (isIntLike(v)) return toFloat(asInt(v)!);
    throw typeError(
      `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`,
    );
  };
  const x = num(pa);
  const y = num(pb);
  if (y === 0) throw fail('ZeroDivisionError', 'float divmod()');
  const [q, r] = floatDivmod(x, y, '//');
  return new PyTuple([q, r]);
}

/** ord(c): the code point of a one-character string (or the value of a one-byte bytes). */
function ord(s: PyValue): PyValue {
  // One UTF-16 unit is one character, a lone surrogate too: the common case, without a split.
  if (typeof s === 'string' && s.length === 1) return intOf(s.charCodeAt(0));
  const data = bytesData(s);
  if (data !== null) {
    if (data.length !== 1) {
      throw typeError(`ord() expected a character, but string of length ${data.length} found`);
    }
    return intOf(data[0]);
  }
  if (typeof s !== 'string')
    throw typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
  const cs = characters(s);
  if (cs.length !== 1)
    throw typeError(`ord() expected a character, but string of length ${cs.length} found`);
  return intOf(cs[0].codePointAt(0)!);
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
          const sep = i > 0 ? sepArg : '';
          let shown: string;
          try {
            shown = str(args[i]);
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
        if (kw === null && args.length === 1) return str(args[0]);
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
              throw typeError(`str() argument '${name}' must be str, not ${typeName(arg)}`);
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
        return v === undefined ? '' : str(v);
      },
    ],
    ['bytes', (args, kw) => makeBytes('bytes', args, kw)],
    ['bytearray', (args, kw) => makeBytes('bytearray', args, kw)],
    [
      'repr',
      (args, kw) => {
        exactArgs('repr', 1, args, kw);
        return repr(args[0]);
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
        return formatWithSpec(v as PyValue, spec ?? '');
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
      (args, kw) => {
        noKeywords('float', kw);
        if (args.length > 1)
          throw typeError(`float expected at most 1 argument, got ${args.length}`);
        return args.length === 0 ? 0 : toFloatValue(args[0]);
      },
    ],
    [
      'bool',
      (args, kw) => {
        noKeywords('bool', kw);
        if (args.length > 1)
          throw typeError(`bool expected at most 1 argument, got ${args.length}`);
        return args.length === 0 ? false : truthy(args[0]);
      },
    ],
    ['min', (args, kw) => minMax('min', args, kw)],
    ['max', (args, kw) => minMax('max', args, kw)],
    [
      'sum',
      (args, kw) => {
        // sum(xs), the common call, binds nothing.
        if (kw === null && args.length === 1) return sum(args[0], 0n);
        const [iterable, start] = bindBuiltin('sum', ['iterable', 'start'], 1, args, kw, 1);
        return sum(iterable as PyValue, start ?? 0n);
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
        sortInPlace(items, keyFunction(key), reverseFlag(reverse));
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

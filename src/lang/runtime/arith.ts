// Binary and unary operators with Python's semantics: the numeric tower, sequences (`+` to
// concatenate, `*` to repeat), `%` formatting of strings, set and dict operators, and Values
// on either side (an int operand becomes a float constant, as micrograd's Value(other) does).

import { setDifference, setIntersection, setSymmetricDifference, setUnion } from './setMerge';
import { Value } from '../../engine';
import type { BinaryOperator } from '../ast';
import {
  asInt,
  floatFloorDiv,
  floatMod,
  floatPow,
  intFloorDiv,
  intMod,
  intMul,
  intPow,
  intTrueDivide,
  toFloat,
} from './numbers';
import { PyInstance } from './objects';
import { percentFormat } from './percentFormat';
import { bytesPercentFormat } from './bytesPercentFormat';
import { payloadOf } from './builtinSubclass';
import {
  forwardName,
  instanceBinary,
  instanceUnary,
  reflectedName,
  unsupportedOperands,
} from './special';
import { typeName } from './repr';
import { checkSize, fail, typeError } from './state';
import {
  PyCounter,
  PyDefaultDict,
  PyDict,
  PyDeque,
  PyNamedTuple,
  PyOrderedDict,
  PySet,
  PyTuple,
  type PyValue,
} from './values';
import { isSetLikeView, viewSetOp } from './methods/dictViewMethods';
import { callTupleOverride, tupleOverride } from './namedTupleOverrides';
import { counterBinary, counterUnary } from './counterArith';
import { dequeBinary } from './methods/dequeMethods';
import { typeUnion } from './typeForms';
import { isTypeVar } from './generics';
import { bytesConcat, bytesRepeat, PyByteArray, PyBytes } from './bytes';

const unsupported = unsupportedOperands;

/** A number operand of a Value operation, as a float; undefined when it is not a number. */
function scalar(v: PyValue): number | undefined {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return toFloat(v);
    case 'boolean':
      return v ? 1 : 0;
  }
  return undefined;
}

function valueOp(op: BinaryOperator, a: PyValue, b: PyValue): PyValue {
  if (a instanceof Value) {
    const o = b instanceof Value ? b : scalar(b);
    // A Value declines an operand that is not a number, and Python then asks the other
    // side: `[1] * v` and `"a" + v` fail as the list or str says, `"%s" % v` formats.
    if (o === undefined) return nonNumeric(op, a, b);
    switch (op) {
      case '+':
        return a.add(o);
      case '-':
        return a.sub(o);
      case '*':
        return a.mul(o);
      case '/':
        return a.div(o);
      case '**':
        return a.pow(o);
    }
    return unsupported(op, a, b);
  }
  const v = b as Value;
  const k = scalar(a);
  if (k === undefined) return nonNumeric(op, a, b);
  switch (op) {
    // micrograd's __radd__/__rmul__: other + self is self + other.
    case '+':
      return v.add(k);
    case '*':
      return v.mul(k);
    case '-':
      return v.rsub(k);
    case '/':
      return v.rdiv(k);
    case '**':
      return v.rpow(k);
  }
  return unsupported(op, a, b);
}

/**
 * What a built-in operand does with `a op b` once the instance's special methods declined
 * (none, or NotImplemented): `'%s' % obj` formats; `'s' + obj` fails as str's `+` does
 * ("can only concatenate str (not "A") to str"), and so do list's, tuple's and bytes';
 * `'ab' * obj` and `obj * [1]` repeat by obj's __index__ (CPython's sq_repeat, tried on
 * either side), else "can't multiply sequence by non-int". Null: the plain TypeError.
 */
export function builtinFallback(
  op: BinaryOperator,
  a: PyValue,
  b: PyValue,
): (() => PyValue) | null {
  if (op === '%' && typeof a === 'string') return () => percentFormat(a, b);
  if (op === '%' && isBytes(a)) return () => bytesPercentFormat(a, b);
  if (op === '+' && (isSequence(a) || isBytes(a))) return () => add(a, b);
  // TypeVar's `__or__`/`__ror__`: `T | None` is typing's Optional[T].
  if (op === '|' && (isTypeVar(a) || isTypeVar(b))) {
    return () => typeUnion(a, b) ?? unsupported(op, a, b);
  }
  if (op === '*' && (isSequence(a) || isSequence(b) || isBytes(a) || isBytes(b))) {
    return () => multiply(a, b);
  }
  return null;
}

function isBytes(v: PyValue): v is PyBytes | PyByteArray {
  return v instanceof PyBytes || v instanceof PyByteArray;
}

/** Python's `a op b` for every operator but the comparisons. */
export function binary(op: BinaryOperator, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyInstance || b instanceof PyInstance) {
    // str's and bytes' % answer any right operand and CPython asks them first, so a right
    // operand's __rmod__ is not called ('%s' % obj), unless its class derives from str.
    if (op === '%' && typeof a === 'string' && typeof payloadOf(b) !== 'string') {
      return percentFormat(a, b);
    }
    if (op === '%' && isBytes(a)) return bytesPercentFormat(a, b);
    return instanceBinary(op, a, b, builtinFallback(op, a, b));
  }
  if (a instanceof Value || b instanceof Value) return valueOp(op, a, b);
  const ta = typeof a;
  const tb = typeof b;
  const na = ta === 'number' || ta === 'bigint' || ta === 'boolean';
  const nb = tb === 'number' || tb === 'bigint' || tb === 'boolean';
  if (na && nb) return numeric(op, a as number | bigint | boolean, b as number | bigint | boolean);
  return nonNumeric(op, a, b);
}

/** `a op b` when at least one side is not a number: sequences, str formatting, sets, dicts. */
function nonNumeric(op: BinaryOperator, a: PyValue, b: PyValue): PyValue {
  if (
    (a instanceof PyNamedTuple && tupleOverride(a, forwardName(op)) !== undefined) ||
    (b instanceof PyNamedTuple && tupleOverride(b, reflectedName(op)) !== undefined)
  ) {
    // A namedtuple class's own operator (`__add__`, `__rmul__`…), else tuple's; but tuple's
    // `+` and `*` are no fallback for a class that defines the operator itself (CPython's
    // class then has no sequence concat or repeat slot).
    const own = a instanceof PyNamedTuple && tupleOverride(a, forwardName(op)) !== undefined;
    return instanceBinary(op, a, b, own ? null : () => builtinNonNumeric(op, a, b));
  }
  return builtinNonNumeric(op, a, b);
}

/**
 * The empty dict `a | b` fills: OrderedDict's and defaultdict's own `__or__` make their kind
 * (a defaultdict keeping its factory), then the right operand's `__ror__` (a plain dict or a
 * Counter on the left: `{} | OrderedDict()` is an OrderedDict); a plain dict otherwise.
 */
function dictUnionKind(a: PyDict, b: PyDict): PyDict {
  if (a instanceof PyOrderedDict || a instanceof PyDefaultDict) return a.emptyLike();
  if (b instanceof PyOrderedDict || b instanceof PyDefaultDict) return b.emptyLike();
  return new PyDict();
}

function builtinNonNumeric(op: BinaryOperator, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyCounter && b instanceof PyCounter) {
    const r = counterBinary(op, a, b);
    if (r !== undefined) return r;
  }
  if (isSetLikeView(a) || isSetLikeView(b)) {
    if (op === '-' || op === '&' || op === '|' || op === '^') return viewSetOp(op, a, b);
  }
  if (a instanceof PyDeque || b instanceof PyDeque) {
    const r = dequeBinary(op, a, b);
    if (r !== undefined) return r;
  }
  switch (op) {
    case '+':
      return add(a, b);
    case '*':
      return multiply(a, b);
    case '%':
      if (typeof a === 'string') return percentFormat(a, b);
      if (isBytes(a)) return bytesPercentFormat(a, b);
      break;
    case '-':
      if (a instanceof PySet && b instanceof PySet) return setOp('-', a, b);
      break;
    case '&':
    case '^':
      if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b);
      break;
    case '|': {
      if (a instanceof PySet && b instanceof PySet) return setOp('|', a, b);
      const union = typeUnion(a, b);
      if (union !== undefined) return union;
      if (a instanceof PyDict && b instanceof PyDict) {
        const out = dictUnionKind(a, b);
        for (const [k, e] of a.map) out.map.set(k, { key: e.key, value: e.value });
        for (const [k, e] of b.map) {
          const old = out.map.get(k);
          if (old !== undefined) old.value = e.value;
          else out.map.set(k, { key: e.key, value: e.value });
        }
        return out;
      }
      break;
    }
  }
  return unsupported(op, a, b);
}

function numeric(
  op: BinaryOperator,
  a: number | bigint | boolean,
  b: number | bigint | boolean,
): PyValue {
  // The operands as given, for the error: `False & 1.5` names bool, not int.
  const given = a;
  const other = b;
  if (typeof a === 'boolean') {
    // bool's own &, | and ^ keep bools bools (`True & False` is False, not 0).
    if (typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    a = a ? 1n : 0n;
  }
  if (typeof b === 'boolean') b = b ? 1n : 0n;
  if (typeof a === 'bigint' && typeof b === 'bigint') return intOp(op, a, b);
  // A float has no bit operators: no int is converted to find that out.
  if (!FLOAT_OPERATORS.has(op)) return unsupported(op, given, other);
  const x = typeof a === 'number' ? a : toFloat(a);
  const y = typeof b === 'number' ? b : toFloat(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) throw fail('ZeroDivisionError', 'float division by zero');
      return x / y;
    case '//':
      return floatFloorDiv(x, y);
    case '%':
      if (y === 0) throw fail('ZeroDivisionError', 'float modulo');
      return floatMod(x, y);
    case '**':
      return floatPow(x, y);
  }
  return unsupported(op, given, other);
}

/** The binary operators a float has. */
const FLOAT_OPERATORS: ReadonlySet<BinaryOperator> = new Set<BinaryOperator>([
  '+',
  '-',
  '*',
  '/',
  '//',
  '%',
  '**',
]);

function intOp(op: BinaryOperator, a: bigint, b: bigint): PyValue {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return intMul(a, b);
    case '/':
      return intTrueDivide(a, b);
    case '//':
      return intFloorDiv(a, b);
    case '%':
      return intMod(a, b);
    case '**':
      return intPow(a, b);
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '<<':
      if (b < 0n) throw fail('ValueError', 'negative shift count');
      if (a === 0n) return 0n;
      // A count past Py_ssize_t is CPython's OverflowError; below it, one past the cap.
      if (b > SSIZE_MAX) throw fail('OverflowError', 'too many digits in integer');
      if (b > MAX_SHIFT)
        throw fail('LimitError', `the shift ${a} << ${b} would be too large to compute`);
      return a << b;
    case '>>':
      if (b < 0n) throw fail('ValueError', 'negative shift count');
      // Shifted past its last bit (no int holds 2**32 bits), an int is 0, or -1 when negative.
      if (b > 2n ** 32n) return a < 0n ? -1n : 0n;
      return a >> b;
  }
  return unsupported(op, a, b);
}

/** Beyond this, a left shift builds an int too large to be a reasonable result. */
const MAX_SHIFT = 40_000_000n;
const SSIZE_MAX = 2n ** 63n - 1n;

function add(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'string') {
    if (typeof b !== 'string')
      throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
    checkSize(a.length + b.length, 'this string');
    return a + b;
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b))
      throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
    checkSize(a.length + b.length, 'this list');
    return a.concat(b);
  }
  if (a instanceof PyTuple) {
    if (!(b instanceof PyTuple))
      throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
    return new PyTuple(a.items.concat(b.items));
  }
  if (a instanceof PyBytes || a instanceof PyByteArray) return bytesConcat(a, b);
  return unsupported('+', a, b);
}

function isSequence(v: PyValue): v is string | PyValue[] | PyTuple {
  return typeof v === 'string' || Array.isArray(v) || v instanceof PyTuple;
}

/** CPython's Py_ssize_t: a repeat count past it is an OverflowError, not a size. */
const MAX_INDEX = 2n ** 63n - 1n;

function multiply(a: PyValue, b: PyValue): PyValue {
  const seqFirst = isSequence(a);
  if (!seqFirst) {
    const data = a instanceof PyBytes || a instanceof PyByteArray ? a : b;
    if (data instanceof PyBytes || data instanceof PyByteArray) {
      const count = data === a ? b : a;
      const n = asInt(count);
      if (n === undefined)
        throw typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
      return bytesRepeat(data, n > 2n ** 31n ? 2 ** 31 : Number(n));
    }
    if (!isSequence(b)) return unsupported('*', a, b);
  }
  const seq = (seqFirst ? a : b) as string | PyValue[] | PyTuple;
  const count = seqFirst ? b : a;
  const n = asInt(count);
  if (n === undefined)
    throw typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
  if (n > MAX_INDEX || n < -MAX_INDEX - 1n)
    throw fail('OverflowError', "cannot fit 'int' into an index-sized integer");
  const k = n <= 0n ? 0 : n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
  if (typeof seq === 'string') {
    checkSize(seq.length * k, 'this string');
    return seq.repeat(k);
  }
  const items = Array.isArray(seq) ? seq : seq.items;
  checkSize(items.length * k, Array.isArray(seq) ? 'this list' : 'this tuple');
  // Sized once and filled (`[0] * n` in one pass): several times faster than growing it.
  const m = items.length;
  const out = new Array<PyValue>(m * k);
  if (m === 1) out.fill(items[0]);
  else if (m > 1) for (let i = 0; i < k; i++) for (let j = 0; j < m; j++) out[i * m + j] = items[j];
  return Array.isArray(seq) ? out : new PyTuple(out);
}

/** `a op b` of two sets: a set of a's kind (`frozenset | set` is a frozenset, as CPython). */
function setOp(op: '-' | '&' | '|' | '^', a: PySet, b: PySet): PySet {
  switch (op) {
    case '|':
      return setUnion(a, [b]);
    case '&':
      return setIntersection(a, b);
    case '-':
      return setDifference(a, b);
    case '^':
      return setSymmetricDifference(a, b);
  }
}

const UNARY_NAMES = { '-': '__neg__', '+': '__pos__', '~': '__invert__' } as const;

/** Python's `-x`, `+x`, `~x`; `not` is handled by the evaluator. */
export function unary(op: '-' | '+' | '~', v: PyValue): PyValue {
  switch (typeof v) {
    case 'number':
      if (op === '-') return -v;
      if (op === '+') return v;
      break;
    case 'bigint':
      return op === '-' ? -v : op === '+' ? v : ~v;
    case 'boolean': {
      const i = v ? 1n : 0n;
      return op === '-' ? -i : op === '+' ? i : ~i;
    }
  }
  if (v instanceof Value) {
    if (op === '-') return v.neg();
    if (op === '+') return v;
  }
  if (v instanceof PyInstance) return instanceUnary(op, v);
  if (v instanceof PyCounter && op !== '~') return counterUnary(op, v);
  if (v instanceof PyNamedTuple) {
    // A namedtuple class's own `__neg__`, `__pos__` or `__invert__` (tuple has none).
    const r = callTupleOverride(v, UNARY_NAMES[op], []);
    if (r !== undefined) return r;
  }
  throw typeError(`bad operand type for unary ${op}: '${typeName(v)}'`);
}

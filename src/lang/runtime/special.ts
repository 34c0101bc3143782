// The operators and built-ins on instances of user classes, dispatched to special methods
// with Python's rules: `a + b` tries type(a).__add__, then type(b).__radd__ (first when
// type(b) is a proper subclass of type(a) that overrides it), a NotImplemented answer
// passes the turn, and when neither side answers the operator raises its TypeError.

import { callTupleOverride } from './namedTupleOverrides';
import type { BinaryOperator } from '../ast';
import { callSpecial, callSpecial1 } from './instances';
import { PyInstance } from './objects';
import { typeName } from './repr';
import { TgradError } from '../errors';
import { typeError } from './state';
import { truthy } from './truth';
import { enterComparison, leaveComparison } from './comparisonDepth';
import { builtinClass } from './types';
import { newAttrsInstance } from './notImplemented';
import type { PyValue } from './values';

export const NOT_IMPLEMENTED = newAttrsInstance(builtinClass('NotImplementedType'));

const NAMES: Record<BinaryOperator, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '@': 'matmul',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
  '<<': 'lshift',
  '>>': 'rshift',
};

const FORWARD = new Map<BinaryOperator, string>();
const REFLECTED = new Map<BinaryOperator, string>();
const INPLACE = new Map<BinaryOperator, string>();
for (const [op, n] of Object.entries(NAMES) as [BinaryOperator, string][]) {
  FORWARD.set(op, `__${n}__`);
  REFLECTED.set(op, `__r${n}__`);
  INPLACE.set(op, `__i${n}__`);
}

/** Calls `name` on `o` when `o` is an instance whose class has it; undefined otherwise. */
function trySpecial(o: PyValue, name: string, arg: PyValue): PyValue | undefined {
  const r =
    o instanceof PyInstance ? callSpecial1(o, name, arg) : callTupleOverride(o, name, [arg]);
  return r === NOT_IMPLEMENTED ? undefined : r;
}

/** True when b's type is a proper subclass of a's that defines the reflected method itself. */
function reflectedFirst(a: PyValue, b: PyValue, rname: string): boolean {
  if (!(b instanceof PyInstance)) return false;
  const ta = a instanceof PyInstance ? a.cls : null;
  if (ta === null || ta === b.cls || !b.cls.isSubclassOf(ta)) return false;
  return b.cls.lookup(rname) !== ta.lookup(rname);
}

/**
 * `a op b` when a or b is an instance of a user class; `fallback` is the built-in operator
 * for the case where neither special method answers and one side is a built-in value.
 */
export function instanceBinary(
  op: BinaryOperator,
  a: PyValue,
  b: PyValue,
  fallback: (() => PyValue) | null,
): PyValue {
  const fname = FORWARD.get(op)!;
  const rname = REFLECTED.get(op)!;
  if (reflectedFirst(a, b, rname)) {
    const r = trySpecial(b, rname, a);
    if (r !== undefined) return r;
    const f = trySpecial(a, fname, b);
    if (f !== undefined) return f;
  } else {
    const f = trySpecial(a, fname, b);
    if (f !== undefined) return f;
    if (!(a instanceof PyInstance && b instanceof PyInstance && a.cls === b.cls)) {
      const r = trySpecial(b, rname, a);
      if (r !== undefined) return r;
    }
  }
  if (fallback !== null) return fallback();
  return unsupportedOperands(op, a, b);
}

/**
 * Python's TypeError when neither side answers `a op b`. It keeps the operator and operands
 * so that `a op= b`, which fails through the same dispatch, can say `op=` (inplace.ts).
 */
export class UnsupportedOperands extends TgradError {
  constructor(
    readonly op: BinaryOperator,
    readonly a: PyValue,
    readonly b: PyValue,
  ) {
    super('TypeError', unsupportedMessage(op === '**' ? '** or pow()' : op, a, b));
  }
}

function unsupportedMessage(shown: string, a: PyValue, b: PyValue): string {
  return `unsupported operand type(s) for ${shown}: '${typeName(a)}' and '${typeName(b)}'`;
}

export function unsupportedOperands(op: BinaryOperator, a: PyValue, b: PyValue): never {
  throw new UnsupportedOperands(op, a, b);
}

/**
 * The error `a op= b` raises for `e`: CPython names the augmented operator (`+=`, `**=`)
 * when the operands themselves are unsupported; an error from inside a special method, or
 * about other operands, passes unchanged.
 */
export function inplaceError(e: unknown, op: BinaryOperator, a: PyValue, b: PyValue): unknown {
  if (
    e instanceof UnsupportedOperands &&
    e.op === op &&
    e.a === a &&
    e.b === b &&
    e.exception === null
  ) {
    e.message = unsupportedMessage(`${op}=`, a, b);
  }
  return e;
}

/** `__add__` for '+', and so on. */
export function forwardName(op: BinaryOperator): string {
  return FORWARD.get(op)!;
}

/** `__iadd__` for '+', and so on. */
export function inplaceName(op: BinaryOperator): string {
  return INPLACE.get(op)!;
}

/** `__radd__` for '+', and so on. */
export function reflectedName(op: BinaryOperator): string {
  return REFLECTED.get(op)!;
}

/** `a op= b` on an instance: __iop__, else the binary operator. */
export function instanceInplace(op: BinaryOperator, a: PyInstance, b: PyValue): PyValue {
  const r = trySpecial(a, INPLACE.get(op)!, b);
  if (r !== undefined) return r;
  try {
    return instanceBinary(op, a, b, null);
  } catch (e) {
    throw inplaceError(e, op, a, b);
  }
}

const UNARY: Record<'-' | '+' | '~', string> = {
  '-': '__neg__',
  '+': '__pos__',
  '~': '__invert__',
};

export function instanceUnary(op: '-' | '+' | '~', v: PyInstance): PyValue {
  const r = callSpecial(v, UNARY[op], []);
  if (r !== undefined) return r;
  throw typeError(`bad operand type for unary ${op}: '${v.cls.name}'`);
}

const SWAPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' } as const;
const RICH = {
  '<': '__lt__',
  '<=': '__le__',
  '>': '__gt__',
  '>=': '__ge__',
  '==': '__eq__',
  '!=': '__ne__',
} as const;

export type RichOp = keyof typeof RICH;

/**
 * A rich comparison involving an instance: the result of the first special method that
 * answers, or undefined when none does (the caller applies the default: identity for ==
 * and !=, a TypeError for the orderings).
 */
export function instanceCompare(
  op: RichOp,
  a: PyValue,
  b: PyValue,
  level = true,
): PyValue | undefined {
  const swapped = SWAPPED[op];
  // CPython's do_richcompare: the right side first when its type is a proper subclass of the
  // left's (whether or not it overrides the method), then the left, then the right.
  const sides: [PyValue, PyValue, RichOp][] = subclassOnRight(a, b)
    ? [
        [b, a, swapped],
        [a, b, op],
      ]
    : [
        [a, b, op],
        [b, a, swapped],
      ];
  // One recursion level while the methods run (comparisonDepth.ts); list.sort's direct call
  // of the slot takes none.
  if (level) enterComparison();
  try {
    for (const [x, y, o] of sides) {
      const r = o === '!=' ? notEqualSide(x, y) : trySpecial(x, RICH[o], y);
      if (r !== undefined) return r;
    }
    return undefined;
  } finally {
    if (level) leaveComparison();
  }
}

function subclassOnRight(a: PyValue, b: PyValue): boolean {
  return (
    a instanceof PyInstance &&
    b instanceof PyInstance &&
    a.cls !== b.cls &&
    b.cls.isSubclassOf(a.cls)
  );
}

/**
 * One side's `x.__ne__(y)`: its class's own __ne__ (a built-in base's for a subclass of one),
 * else object's, which inverts what `x.__eq__(y)` answers; undefined when it declines.
 */
function notEqualSide(x: PyValue, y: PyValue): PyValue | undefined {
  const objectNe =
    x instanceof PyInstance && x.cls.builtinBase === null && x.cls.lookup('__ne__') === undefined;
  if (!objectNe) {
    const own = trySpecial(x, '__ne__', y);
    if (own !== undefined || (x instanceof PyInstance && x.cls.builtinBase === null)) return own;
  }
  const e = trySpecial(x, '__eq__', y);
  return e === undefined ? undefined : !truthy(e);
}

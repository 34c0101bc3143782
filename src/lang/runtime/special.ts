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
export function instanceCompare(op: RichOp, a: PyValue, b: PyValue): PyValue | undefined {
  const swapped = SWAPPED[op];
  if (reflectedFirst(a, b, RICH[swapped])) {
    const r = trySpecial(b, RICH[swapped], a);
    if (r !== undefined) return r;
  }
  const f = trySpecial(a, RICH[op], b);
  if (f !== undefined) return f;
  const r = trySpecial(b, RICH[swapped], a);
  if (r !== undefined) return r;
  if (op === '!=') {
    // object.__ne__ inverts __eq__ when that answers.
    const e = trySpecial(a, '__eq__', b) ?? trySpecial(b, '__eq__', a);
    if (e !== undefined) return !truthy(e);
  }
  return undefined;
}

// pow(base, exp, mod) as CPython's ternary_op dispatches it: the base's own __pow__(exp, mod)
// first (three-argument power never calls __rpow__), then int's modular power when all three
// are ints, float's refusal of a third argument when a float is among them, and otherwise
// "unsupported operand type(s) for ** or pow()" naming the three types.

import { payloadOf } from '../runtime/builtinSubclass';
import { callSpecial } from '../runtime/instances';
import { PyInstance } from '../runtime/objects';
import { typeName } from '../runtime/repr';
import { NOT_IMPLEMENTED } from '../runtime/special';
import { typeError } from '../runtime/state';
import type { PyValue } from '../runtime/values';

/** The int value of an int, a bool or an int subclass's instance; undefined for anything else. */
function exactInt(v: PyValue): bigint | undefined {
  const p = payloadOf(v);
  if (typeof p === 'bigint') return p;
  if (typeof p === 'boolean') return p ? 1n : 0n;
  return undefined;
}

function isReal(v: PyValue): boolean {
  const p = payloadOf(v);
  return typeof p === 'number' || typeof p === 'bigint' || typeof p === 'boolean';
}

export function ternaryPow(
  base: PyValue,
  exp: PyValue,
  mod: PyValue,
  modPow: (b: bigint, e: bigint, m: bigint) => bigint,
): PyValue {
  if (base instanceof PyInstance) {
    const own = callSpecial(base, '__pow__', [exp, mod]);
    if (own !== undefined && own !== NOT_IMPLEMENTED) return own;
  }
  const b = exactInt(base);
  const e = exactInt(exp);
  const m = exactInt(mod);
  if (b !== undefined && e !== undefined && m !== undefined) return modPow(b, e, m);
  // float's power is reached when a float is among them and the other two are numbers.
  const hasFloat = [base, exp, mod].some((v) => typeof payloadOf(v) === 'number');
  if (hasFloat && isReal(base) && isReal(exp)) {
    throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
  }
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`,
  );
}

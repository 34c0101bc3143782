// Why the Graph lens has nothing to draw for a cell, in words that say what is true.

import { Value } from '../engine/value';
import { typeName } from '../lang/repr';
import { PyTuple, type PyValue } from '../lang/runtime/values';

const HINT = 'draw(v) or the Graph lens on a cell that ends with a Value';

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** `a list of 300 numbers`, `an int`, `None`… */
export function whatItIs(v: PyValue): string {
  if (v === null) return 'None';
  const items = Array.isArray(v) ? v : v instanceof PyTuple ? v.items : null;
  if (items !== null) {
    const kind = Array.isArray(v) ? 'list' : 'tuple';
    if (items.length === 0) return `an empty ${kind}`;
    const numbers = items.every((x) => typeof x === 'number' || typeof x === 'bigint');
    const values = items.every((x) => x instanceof Value);
    return `a ${kind} of ${plural(items.length, numbers ? 'number' : values ? 'Value' : 'item')}`;
  }
  const name = typeName(v);
  return `${/^[aeiouAEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** The message for a cell whose output is not a Value (`shown` is its result, if it ran). */
export function noGraphText(ran: boolean, shown: PyValue | undefined): string {
  if (!ran) return 'This cell has not run yet: run it, then ask for its graph.';
  if (shown === undefined) return `This cell made no Value to draw: use ${HINT}.`;
  return `This cell's result is ${whatItIs(shown)}, not a Value: use ${HINT}.`;
}

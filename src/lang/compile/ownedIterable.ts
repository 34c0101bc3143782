// Which `for` loops may own the generator they iterate (runtime/loopGenerator.ts): those whose
// iterable expression is one call, `gen(...)` or `obj.items(...)`, with no call among its
// arguments, so that a generator made while evaluating it and returned by it can only be the
// one its callee made (a call in the arguments could have made one and stored it elsewhere).

import type * as A from '../ast';
import { mapOperands } from './yieldTree';

export function mayOwnGenerator(e: A.Expr): boolean {
  if (e.type !== 'Call') return false;
  return ![...e.args, ...e.keywords.map((k) => k.value)].some(makesCall);
}

export function makesCall(e: A.Expr): boolean {
  if (e.type === 'Call' || e.type === 'GeneratorExp' || e.type === 'Lambda') return true;
  let found = false;
  mapOperands(e, (x) => {
    if (!found && makesCall(x)) found = true;
    return x;
  });
  return found;
}

// Expressions that contain a `yield`, compiled to JS generator functions that suspend where
// Python's generator does. Only the path down to each `yield` is compiled this way: a node
// evaluates its operands, in Python's order, into hidden slots of the generator's frame
// (suspending inside the ones that yield), then runs as the ordinary closure of a copy of
// itself that reads those slots. Expressions without a `yield` stay ordinary closures.

import type * as A from '../ast';
import { catchable, errorClass, EXCEPTION_CLASSES } from '../runtime/exceptions';
import { PyGenerator } from '../runtime/generator';
import { iterate } from '../runtime/iteration';
import { at, fail } from '../runtime/state';
import { truthy } from '../runtime/truth';
import type { Frame, PyValue } from '../runtime/values';
import type { Ev } from './closures';
import type { Compiler } from './compiler';
import { exprYields, mapOperands } from './yieldTree';

const GENERATOR_EXIT = EXCEPTION_CLASSES.get('GeneratorExit')!;

/** A suspendable expression: yields to the generator's consumer, returns the value. */
export type GEv = (f: Frame) => Generator<PyValue, PyValue, PyValue>;

/** An operand compiled one way or the other: exactly one of the two is set. */
export interface Operand {
  ev: Ev | null;
  gev: GEv | null;
}

/** Stores an operand's value in a hidden slot before the node that uses it runs. */
export interface Step {
  slot: number;
  ev: Ev | null;
  gev: GEv | null;
}

export function operand(c: Compiler, e: A.Expr): Operand {
  return exprYields(e) ? { ev: null, gev: genExpr(c, e) } : { ev: c.expr(e), gev: null };
}

/** A hidden variable of the generator's frame, and a Name node that reads it. */
function temp(c: Compiler, at: A.Expr): { slot: number; name: A.Name } {
  const v = c.fn!.layout.newVar('.yield');
  const name: A.Name = {
    type: 'Name',
    name: v.name,
    depth: 1,
    line: at.line,
    col: at.col,
    endLine: at.endLine,
    endCol: at.endCol,
  };
  c.res.refs.set(name, { kind: 'local', v, free: false });
  return { slot: v.slot, name };
}

/**
 * `xs`, evaluated in order, with those up to the last one that yields moved into hidden
 * slots, the steps that fill them appended to `steps`. Later ones stay in place: nothing
 * can change between their evaluation and the use of all of them.
 */
export function hoistList(c: Compiler, xs: A.Expr[], steps: Step[]): A.Expr[] {
  let last = -1;
  xs.forEach((x, i) => {
    if (exprYields(x)) last = i;
  });
  return xs.map((x, i) => {
    if (i > last) return x;
    const t = temp(c, x);
    const o = operand(c, x);
    steps.push({ slot: t.slot, ev: o.ev, gev: o.gev });
    return t.name;
  });
}

/** `e` with its operands hoisted (see hoistList). */
export function hoist(c: Compiler, e: A.Expr, steps: Step[]): A.Expr {
  const operands: A.Expr[] = [];
  mapOperands(e, (x) => {
    operands.push(x);
    return x;
  });
  if (!operands.some(exprYields)) return e;
  const hoisted = hoistList(c, operands, steps);
  let k = 0;
  const rebuilt = mapOperands(e, () => hoisted[k++]);
  alias(c, e, rebuilt);
  return rebuilt;
}

/** A rebuilt lambda or comprehension keeps the scope information of the original. */
export function alias(c: Compiler, from: A.Expr | A.FunctionDef, to: A.Expr | A.FunctionDef): void {
  if (from.type === 'Lambda' || from.type === 'GeneratorExp' || from.type === 'FunctionDef') {
    const info = c.res.functions.get(from);
    if (info !== undefined) c.res.functions.set(to as typeof from, info);
  }
  if (from.type === 'ListComp' || from.type === 'SetComp' || from.type === 'DictComp') {
    const info = c.res.comprehensions.get(from);
    if (info !== undefined) c.res.comprehensions.set(to as typeof from, info);
  }
}

export function genExpr(c: Compiler, e: A.Expr): GEv {
  switch (e.type) {
    case 'Yield':
      return yieldValue(c, e);
    case 'YieldFrom':
      return yieldFrom(c, e);
    case 'BoolOp':
      return boolOp(c, e);
    case 'IfExp': {
      const test = operand(c, e.test);
      const body = operand(c, e.body);
      const orelse = operand(c, e.orelse);
      return function* (f) {
        const t = test.ev !== null ? test.ev(f) : yield* test.gev!(f);
        const branch = truthy(t) ? body : orelse;
        return branch.ev !== null ? branch.ev(f) : yield* branch.gev!(f);
      };
    }
    case 'Compare':
      if (e.ops.length > 1) return chainedCompare(c, e);
      break;
  }
  const steps: Step[] = [];
  const rebuilt = hoist(c, e, steps);
  const run = c.expr(rebuilt);
  return function* (f) {
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i];
      f[s.slot] = s.ev !== null ? s.ev(f) : yield* s.gev!(f);
    }
    return run(f);
  };
}

function yieldValue(c: Compiler, e: A.Yield): GEv {
  const value = e.value === null ? null : operand(c, e.value);
  const id = c.site(e);
  return function* (f) {
    const v = value === null ? null : value.ev !== null ? value.ev(f) : yield* value.gev!(f);
    // An error thrown in while suspended here starts at this `yield`, as in CPython.
    at(id);
    return yield v;
  };
}

/** `yield from it`: a generator is resumed with what is sent; its return value is the result. */
function yieldFrom(c: Compiler, e: A.YieldFrom): GEv {
  const source = operand(c, e.value);
  const id = c.site(e);
  return function* (f) {
    const v = source.ev !== null ? source.ev(f) : yield* source.gev!(f);
    at(id);
    const it = iterate(v);
    if (it instanceof PyGenerator) {
      let x = it.send(null);
      for (;;) {
        if (x === undefined) return it.returnValue;
        let sent: PyValue;
        try {
          sent = yield x;
        } catch (e) {
          // close() and throw() pass through to the generator delegated to, as in CPython.
          const err = catchable(e);
          if (err === null) throw e;
          if (errorClass(err).isSubclassOf(GENERATOR_EXIT)) {
            it.close();
            throw err;
          }
          x = it.throwIn(err);
          continue;
        }
        x = it.send(sent);
      }
    }
    for (let x = it.next(); x !== undefined; x = it.next()) {
      const sent = yield x;
      if (sent !== null) {
        at(id);
        throw fail('AttributeError', `'${it.typeName}' object has no attribute 'send'`);
      }
    }
    return null;
  };
}

function boolOp(c: Compiler, e: A.BoolOp): GEv {
  const values = e.values.map((v) => operand(c, v));
  const n = values.length;
  const stopOn = e.op === 'or';
  return function* (f) {
    let v: PyValue = null;
    for (let i = 0; i < n; i++) {
      const o = values[i];
      v = o.ev !== null ? o.ev(f) : yield* o.gev!(f);
      if (i < n - 1 && truthy(v) === stopOn) return v;
    }
    return v;
  };
}

/** `a < (yield) < b`: each operand once, stopping at the first false comparison. */
function chainedCompare(c: Compiler, e: A.Compare): GEv {
  const exprs = [e.left, ...e.comparators];
  const slots = exprs.map((x) => temp(c, x));
  const operands = exprs.map((x) => operand(c, x));
  const tests = e.ops.map((op, i) =>
    c.expr({ ...e, left: slots[i].name, ops: [op], comparators: [slots[i + 1].name] }),
  );
  return function* (f) {
    for (let i = 0; i < operands.length; i++) {
      const o = operands[i];
      f[slots[i].slot] = o.ev !== null ? o.ev(f) : yield* o.gev!(f);
      if (i > 0 && tests[i - 1](f) === false) return false;
    }
    return true;
  };
}

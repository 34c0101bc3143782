// The body of a generator function, compiled to a JS generator function over the call's
// frame: statements that contain a `yield` become generators that return their completion
// code, every other statement stays the ordinary closure (so a generator's loops and
// arithmetic run as fast as a function's). Calling the function binds its arguments as any
// call does and returns a PyGenerator around the suspended body (runtime/generator.ts).

import { matchSelector } from './match';
import type * as A from '../ast';
import { BREAK, NORMAL, RETURN } from '../runtime/completion';
import { catchable } from '../runtime/exceptions';
import { generatorsMade, PyGenerator } from '../runtime/generator';
import { iterate } from '../runtime/iteration';
import { closeLeft, ownedGenerator } from '../runtime/loopGenerator';
import { at, rt } from '../runtime/state';
import { truthy } from '../runtime/truth';
import type { Frame, PyIterator, PyValue } from '../runtime/values';
import type { Ev, Ex, Store } from './closures';
import type { Compiler } from './compiler';
import { genTry, genWith } from './generatorExceptions';
import { mayOwnGenerator } from './ownedIterable';
import { closeWrapped, wrappedIterable } from './wrappedGenerators';
import { compileDef } from './functions';
import { alias, hoist, hoistList, operand, type Operand, type Step } from './generatorExpressions';
import { defName } from './boundNames';
import { defaultValues, exprYields, mapDefaults, stmtYields } from './yieldTree';

/** A suspendable statement: yields to the consumer, returns a completion code. */
export type GEx = (f: Frame) => Generator<PyValue, number, PyValue>;

/**
 * A block or a statement compiled one of three ways, exactly one of them set: ordinary,
 * suspendable, or `yield x` alone on its line with `x` ordinary (the common case, inlined
 * by the code that runs it: no JS generator of its own per run).
 */
export interface Block {
  ex: Ex | null;
  gex: GEx | null;
  yields: Ev | null;
}

const NONE: Ev = () => null;

/** The value of `yield x` / `yield` as a statement of its own, when `x` does not yield. */
function simpleYield(c: Compiler, s: A.Stmt): Ev | null {
  if (s.type !== 'ExprStmt' || s.value.type !== 'Yield') return null;
  const v = s.value.value;
  if (v !== null && exprYields(v)) return null;
  return c.hookedYield(atYield(c.site(s.value), v === null ? NONE : c.expr(v)), s);
}

/**
 * The yielded value, the position then set to the `yield`: an error thrown in while the
 * generator is suspended there (`g.throw(e)`, `g.close()`) starts at it, as in CPython.
 */
function atYield(id: number, value: Ev): Ev {
  return (f) => {
    const v = value(f);
    at(id);
    return v;
  };
}

/** The qualified name of the function whose body is being compiled (`gen.__qualname__`). */
function ownerQualname(c: Compiler): string {
  return c.qualPrefix.slice(0, -'.<locals>.'.length);
}

/** A generator function's body: running it makes the generator, which runs nothing yet. */
export function compileGeneratorBody(c: Compiler, body: A.Stmt[], name: string): Ex {
  const qualname = ownerQualname(c);
  const run = genBlock(c, body);
  return (f) => {
    rt.returnValue = new PyGenerator(name, run(f), qualname);
    return RETURN;
  };
}

/** `lambda: (yield x)`: a generator whose return value is the body's value. */
export function compileGeneratorLambda(c: Compiler, body: A.Expr): Ex {
  const qualname = ownerQualname(c);
  const value = operand(c, body);
  const run: GEx = function* (f) {
    const v = value.ev !== null ? value.ev(f) : yield* value.gev!(f);
    rt.returnValue = v;
    return RETURN;
  };
  return (f) => {
    rt.returnValue = new PyGenerator('<lambda>', run(f), qualname);
    return RETURN;
  };
}

export function block(c: Compiler, body: A.Stmt[]): Block {
  if (!body.some(stmtYields)) return { ex: c.block(body), gex: null, yields: null };
  const yields = body.length === 1 ? simpleYield(c, body[0]) : null;
  if (yields !== null) return { ex: null, gex: null, yields };
  return { ex: null, gex: genBlock(c, body), yields: null };
}

function statement(c: Compiler, s: A.Stmt): Block {
  if (!stmtYields(s)) return { ex: c.stmt(s), gex: null, yields: null };
  const yields = simpleYield(c, s);
  if (yields !== null) return { ex: null, gex: null, yields };
  return { ex: null, gex: genStatement(c, s), yields: null };
}

function genBlock(c: Compiler, body: A.Stmt[]): GEx {
  // One statement: no level of delegation (each level costs a JS generator per run).
  if (body.length === 1 && simpleYield(c, body[0]) === null) return genStatement(c, body[0]);
  const parts = body.map((s) => statement(c, s));
  const n = parts.length;
  return function* (f) {
    for (let i = 0; i < n; i++) {
      const p = parts[i];
      if (p.yields !== null) {
        yield p.yields(f);
        continue;
      }
      const r = p.ex !== null ? p.ex(f) : yield* p.gex!(f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

/** Runs a block compiled by `block` (a loop's `else`, a `try`'s parts). */
export function* finish(b: Block, f: Frame): Generator<PyValue, number, PyValue> {
  if (b.yields !== null) {
    yield b.yields(f);
    return NORMAL;
  }
  return b.ex !== null ? b.ex(f) : yield* b.gex!(f);
}

/** An ordinary statement where a suspendable one is expected. */
function ordinary(run: Ex): GEx {
  // eslint-disable-next-line require-yield
  return function* (f) {
    return run(f);
  };
}

/** Runs the steps that fill hidden slots (see generatorExpressions.ts). */
function* fill(steps: Step[], f: Frame): Generator<PyValue, void, PyValue> {
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    f[s.slot] = s.ev !== null ? s.ev(f) : yield* s.gev!(f);
  }
}

/** A statement whose operands were hoisted: fill the slots, then run it as usual. */
function afterSteps(steps: Step[], run: Ex): GEx {
  return function* (f) {
    yield* fill(steps, f);
    return run(f);
  };
}

/** An assignment target whose subscripts or objects yield: those are evaluated first. */
function hoistTarget(c: Compiler, t: A.Expr, steps: Step[]): A.Expr {
  switch (t.type) {
    case 'Tuple':
    case 'List':
      return { ...t, elts: t.elts.map((x) => hoistTarget(c, x, steps)) };
    case 'Starred':
      return { ...t, value: hoistTarget(c, t.value, steps) };
    default:
      return hoist(c, t, steps);
  }
}

/** A statement that yields; in the debug tree, with the debugger's stop before it. */
function genStatement(c: Compiler, s: A.Stmt): GEx {
  return c.hookedSuspendable(suspendable(c, s), s);
}

function suspendable(c: Compiler, s: A.Stmt): GEx {
  switch (s.type) {
    case 'ExprStmt': {
      const e = s.value;
      if (e.type === 'Yield' && (e.value === null || !exprYields(e.value))) {
        // `yield x` on its own line, the common case: one JS generator, no delegation.
        const v = e.value === null ? null : c.expr(e.value);
        return function* (f) {
          yield v === null ? null : v(f);
          return NORMAL;
        };
      }
      const value = operand(c, s.value);
      return function* (f) {
        if (value.ev !== null) value.ev(f);
        else yield* value.gev!(f);
        return NORMAL;
      };
    }
    case 'Assign':
      return assign(c, s.value, s.targets);
    case 'AnnAssign':
      return s.value === null ? ordinary(c.stmt(s)) : assign(c, s.value, [s.target]);
    case 'AugAssign': {
      // Python reads the target's object and index, then the value, then operates.
      const steps: Step[] = [];
      const target = hoistTarget(c, s.target, steps);
      const [value] = hoistList(c, [s.value], steps);
      const rebuilt: A.AugAssign = { ...s, target, value };
      return afterSteps(steps, c.stmt(rebuilt));
    }
    case 'Return': {
      const value = operand(c, s.value!);
      return function* (f) {
        const v = value.ev !== null ? value.ev(f) : yield* value.gev!(f);
        rt.returnValue = v;
        return RETURN;
      };
    }
    case 'Del': {
      const steps: Step[] = [];
      const targets = s.targets.map((t) => hoistTarget(c, t, steps));
      return afterSteps(steps, c.stmt({ ...s, targets }));
    }
    case 'FunctionDef': {
      const steps: Step[] = [];
      const hoisted = hoistList(c, defaultValues(s.params), steps);
      let k = 0;
      const rebuilt = mapDefaults(s, () => hoisted[k++]);
      alias(c, s, rebuilt);
      const ref = c.res.refs.get(defName(s));
      if (ref !== undefined) c.res.refs.set(defName(rebuilt), ref);
      return afterSteps(steps, compileDef(c, rebuilt));
    }
    case 'If': {
      const test = operand(c, s.test);
      const body = block(c, s.body);
      const orelse = block(c, s.orelse);
      return function* (f) {
        const t = test.ev !== null ? test.ev(f) : yield* test.gev!(f);
        const b = truthy(t) ? body : orelse;
        if (b.yields !== null) {
          yield b.yields(f);
          return NORMAL;
        }
        return b.ex !== null ? b.ex(f) : yield* b.gex!(f);
      };
    }
    case 'While':
      return whileLoop(c, s);
    case 'For':
      return forLoop(c, s);
    case 'Try':
      return genTry(c, s);
    case 'With':
      return genWith(c, s);
    case 'Match': {
      // The subject, patterns and guards run as usual (a `yield` in them is not supported);
      // the chosen case's body may yield.
      const select = matchSelector(c, s);
      const bodies = s.cases.map((k) => block(c, k.body));
      return function* (f) {
        const i = select(f);
        if (i < 0) return NORMAL;
        const b = bodies[i];
        if (b.yields !== null) {
          yield b.yields(f);
          return NORMAL;
        }
        return b.ex !== null ? b.ex(f) : yield* b.gex!(f);
      };
    }
    case 'ClassDef':
    case 'Raise':
    case 'Assert':
      // Their operands never yield here (a class body is its own scope; `raise (yield)` and
      // `assert (yield)` are the only way, and nobody writes them): run them as usual.
      return ordinary(c.stmt(s));
    case 'Nonlocal':
    case 'Global':
    case 'Import':
    case 'ImportFrom':
    case 'Pass':
    case 'Break':
    case 'Continue': {
      // Never yield: compiled as usual (stmtYields is false for them).
      return ordinary(c.stmt(s));
    }
    default: {
      const never: never = s;
      return never;
    }
  }
}

function assign(c: Compiler, valueExpr: A.Expr, targets: A.Expr[]): GEx {
  const value: Operand = operand(c, valueExpr);
  const stores: { steps: Step[]; store: Store }[] = targets.map((t) => {
    const steps: Step[] = [];
    const target = exprYields(t) ? hoistTarget(c, t, steps) : t;
    return { steps, store: c.target(target, true) };
  });
  return function* (f) {
    const v = value.ev !== null ? value.ev(f) : yield* value.gev!(f);
    for (let i = 0; i < stores.length; i++) {
      const s = stores[i];
      if (s.steps.length > 0) yield* fill(s.steps, f);
      s.store(f, v);
    }
    return NORMAL;
  };
}

function whileLoop(c: Compiler, s: A.While): GEx {
  const test = operand(c, s.test);
  const testId = c.site(s.test);
  const body = block(c, s.body);
  const orelse = block(c, s.orelse);
  return function* (f) {
    for (;;) {
      const t = test.ev !== null ? test.ev(f) : yield* test.gev!(f);
      if (!truthy(t)) break;
      if (--rt.ticks <= 0) rt.poll(testId);
      if (body.yields !== null) {
        yield body.yields(f);
        continue;
      }
      const r = body.ex !== null ? body.ex(f) : yield* body.gex!(f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
    }
    return yield* finish(orelse, f);
  };
}

function forLoop(c: Compiler, s: A.For): GEx {
  // `for x in zip(numbers(), …):` closes the generators the wrapper alone holds (forLoop.ts).
  const wrapped = exprYields(s.iter) ? null : wrappedIterable(c, s.iter);
  const iter = wrapped === null ? operand(c, s.iter) : null;
  // iter() and next() fail at the iterable, as in forLoop.ts.
  const iterId = c.site(s.iter);
  const pollId = iterId;
  const steps: Step[] = [];
  const target = exprYields(s.target) ? hoistTarget(c, s.target, steps) : s.target;
  const store = c.target(target, false);
  const body = block(c, s.body);
  const orelse = block(c, s.orelse);
  const owns = mayOwnGenerator(s.iter);
  function* loop(
    f: Frame,
    it: PyIterator,
    ended: (() => void) | null,
  ): Generator<PyValue, number, PyValue> {
    for (let x = it.next(); x !== undefined; at(iterId), x = it.next()) {
      if (steps.length > 0) yield* fill(steps, f);
      store(f, x);
      if (--rt.ticks <= 0) rt.poll(pollId);
      if (body.yields !== null) {
        yield body.yields(f);
        continue;
      }
      const r = body.ex !== null ? body.ex(f) : yield* body.gex!(f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
    }
    if (ended !== null) ended();
    return yield* finish(orelse, f);
  }
  if (wrapped !== null) {
    return function* (f) {
      const held: PyGenerator[] = [];
      const depth = rt.depth;
      let closed = false;
      const close = (): void => {
        closed = true;
        closeWrapped(held, depth);
      };
      let r: number;
      try {
        const v = wrapped(f, held);
        at(iterId);
        r = yield* loop(f, iterate(v), close);
      } catch (e) {
        if (!closed && catchable(e) !== null) close();
        throw e;
      }
      if (!closed) close();
      return r;
    };
  }
  return function* (f) {
    const before = owns ? generatorsMade() : 0;
    const v = iter!.ev !== null ? iter!.ev(f) : yield* iter!.gev!(f);
    at(iterId);
    const it = iterate(v);
    const g = owns ? ownedGenerator(it, before, rt.depth) : null;
    if (g === null) return yield* loop(f, it, null);
    // A generator only this loop holds is closed when the loop is left early: by break,
    // return, an exception, or this generator being closed at one of the loop's yields.
    const depth = rt.depth;
    let r: number;
    try {
      r = yield* loop(f, g, null);
    } catch (e) {
      if (catchable(e) !== null) closeLeft(g, depth);
      throw e;
    }
    closeLeft(g, depth);
    return r;
  };
}

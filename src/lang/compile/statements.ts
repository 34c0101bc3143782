// Statements. Each returns a completion code (NORMAL, BREAK, CONTINUE, RETURN) instead of
// throwing, and loops poll for stop requests once per iteration through `ticks`. At the
// top level of a cell (loops and ifs included, function bodies not) assignments are
// reported to the recorder, for the editor's inline values.

import { Value } from '../../engine';
import type * as A from '../ast';
import { TgradError } from '../errors';
import { delAttr, getAttr, setAttr } from '../runtime/attributes';
import { BREAK, NORMAL, RETURN } from '../runtime/completion';
import { catchable } from '../runtime/exceptions';
import { generatorsMade, type PyGenerator } from '../runtime/generator';
import { gradWatch } from '../runtime/gradWatch';
import { inplace } from '../runtime/inplace';
import { iterate } from '../runtime/iteration';
import { closeLeft, ownedGenerator } from '../runtime/loopGenerator';
import { floatAttribute } from '../runtime/methods/engineMethods';
import { at, fail, rt, tick } from '../runtime/state';
import { delItem, delSlice, getItem, getSlice, setItem, setSlice } from '../runtime/subscript';
import { PyInstance } from '../runtime/objects';
import { truthy } from '../runtime/truth';
import { setSize } from '../runtime/smallSet';
import { instanceReader, instanceWriter } from '../runtime/attributeCache';
import { PyZipPair } from '../runtime/zipPairs';
import { PyRange, PySet, type Frame, type PyValue } from '../runtime/values';
import { compileLogStatement } from './calls';
import type { Ev, Ex, Store } from './closures';
import type { Compiler } from './compiler';
import { compileClass } from './classes';
import { compileAssert, compileRaise, compileTry, compileWith } from './exceptions';
import { compileDef } from './functions';
import { compileImport, compileImportFrom } from './imports';
import { deleteName, loadName } from './names';
import { mayOwnGenerator } from './ownedIterable';

export function compileBlock(c: Compiler, body: A.Stmt[]): Ex {
  const stmts = body.map((s) => c.stmt(s));
  return sequence(stmts);
}

function sequence(stmts: Ex[]): Ex {
  const n = stmts.length;
  switch (n) {
    case 0:
      return () => NORMAL;
    case 1:
      return stmts[0];
    case 2: {
      const [a, b] = stmts;
      return (f) => {
        const r = a(f);
        return r !== NORMAL ? r : b(f);
      };
    }
    case 3: {
      const [a, b, d] = stmts;
      return (f) => {
        let r = a(f);
        if (r !== NORMAL) return r;
        r = b(f);
        return r !== NORMAL ? r : d(f);
      };
    }
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      const r = stmts[i](f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

/** The cell's top level: each statement polls for stop, and the last expression is its result. */
export function compileCellBody(c: Compiler, body: A.Stmt[]): Ex {
  const stmts = body.map((s, i) => {
    const ex =
      i === body.length - 1 && s.type === 'ExprStmt'
        ? c.hooked(resultStatement(c, s), s)
        : c.stmt(s);
    return ((f: Frame) => {
      tick();
      return ex(f);
    }) as Ex;
  });
  return sequence(stmts);
}

function resultStatement(c: Compiler, s: A.ExprStmt): Ex {
  const value = expressionStatementValue(c, s);
  const recorder = c.env.recorder;
  return (f) => {
    const v = value(f);
    if (v !== null) recorder.result(v);
    return NORMAL;
  };
}

function expressionStatementValue(c: Compiler, s: A.ExprStmt): Ev {
  if (s.value.type === 'Call') {
    const log = compileLogStatement(c, s.value);
    if (log !== null) return log;
  }
  return c.expr(s.value);
}

export function compileStatement(c: Compiler, s: A.Stmt): Ex {
  switch (s.type) {
    case 'ExprStmt': {
      const value = expressionStatementValue(c, s);
      return (f) => {
        value(f);
        return NORMAL;
      };
    }
    case 'Assign':
      return assign(c, s);
    case 'AugAssign':
      return augAssign(c, s);
    case 'AnnAssign': {
      if (s.value === null) return () => NORMAL;
      return assign(c, { ...s, type: 'Assign', targets: [s.target], value: s.value });
    }
    case 'If': {
      const test = c.expr(s.test);
      const body = c.block(s.body);
      const orelse = c.block(s.orelse);
      return (f) => {
        const t = test(f);
        return t === true || (t !== false && truthy(t)) ? body(f) : orelse(f);
      };
    }
    case 'While':
      return whileLoop(c, s);
    case 'For':
      return forLoop(c, s);
    case 'FunctionDef':
      return compileDef(c, s);
    case 'ClassDef':
      return compileClass(c, s);
    case 'Try':
      return compileTry(c, s);
    case 'Raise':
      return compileRaise(c, s);
    case 'Assert':
      return compileAssert(c, s);
    case 'With':
      return compileWith(c, s);
    case 'Return': {
      if (s.value === null) {
        return () => {
          rt.returnValue = null;
          return RETURN;
        };
      }
      const value = c.expr(s.value);
      return (f) => {
        rt.returnValue = value(f);
        return RETURN;
      };
    }
    case 'Del':
      return del(c, s);
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileImportFrom(c, s);
    case 'Nonlocal':
    case 'Global':
    case 'Pass':
      return () => NORMAL;
    case 'Break':
      return () => BREAK;
    case 'Continue':
      return () => 2;
  }
}

/** Reports a top-level assignment's value to the recorder (inline values, last Value). */
function recording(
  c: Compiler,
  line: number,
  name: string | null = null,
): ((v: PyValue) => void) | null {
  if (!c.topLevel) return null;
  const recorder = c.env.recorder;
  return (v) => recorder.assigned(line, v, name);
}

function assign(c: Compiler, s: A.Assign): Ex {
  const value = c.expr(s.value);
  const stores = s.targets.map((t) => c.target(t, true));
  const only = s.targets.length === 1 ? s.targets[0] : null;
  const record = recording(c, s.line, only !== null && only.type === 'Name' ? only.name : null);
  if (stores.length === 1) {
    const store = stores[0];
    if (record === null) {
      return (f) => {
        store(f, value(f));
        return NORMAL;
      };
    }
    return (f) => {
      const v = value(f);
      store(f, v);
      record(v);
      return NORMAL;
    };
  }
  return (f) => {
    const v = value(f);
    for (let i = 0; i < stores.length; i++) stores[i](f, v);
    if (record !== null) record(v);
    return NORMAL;
  };
}

function augAssign(c: Compiler, s: A.AugAssign): Ex {
  const rhs = c.expr(s.value);
  const id = c.site(s);
  const op = s.op;
  const record = recording(c, s.line) ?? (() => {});
  const t = s.target;
  if (t.type === 'Name') {
    const load = loadName(c, t);
    const store = c.target(t, true);
    return (f) => {
      const old = load(f);
      const r = rhs(f);
      let v: PyValue;
      if (
        typeof old === 'number' &&
        typeof r === 'number' &&
        op !== '/' &&
        op !== '//' &&
        op !== '%' &&
        op !== '**'
      ) {
        v =
          op === '+'
            ? old + r
            : op === '-'
              ? old - r
              : op === '*'
                ? old * r
                : (at(id), inplace(op, old, r));
      } else if (typeof old === 'bigint' && typeof r === 'bigint' && (op === '+' || op === '-')) {
        v = op === '+' ? old + r : old - r;
      } else {
        at(id);
        v = inplace(op, old, r);
      }
      store(f, v);
      record(v);
      return NORMAL;
    };
  }
  if (t.type === 'Attribute') {
    const obj = c.expr(t.value);
    const name = t.attr;
    const isData = name === 'data';
    const fast = name === 'data' || name === 'grad';
    const read = instanceReader(name);
    const write = instanceWriter(name);
    return (f) => {
      const o = obj(f);
      if (o instanceof PyInstance) {
        // An instance's own attribute, through the site's caches (attributeCache.ts).
        const old = read(o);
        if (old !== undefined) {
          const r = rhs(f);
          let v: PyValue;
          if (
            typeof old === 'number' &&
            typeof r === 'number' &&
            (op === '+' || op === '-' || op === '*')
          ) {
            v = op === '+' ? old + r : op === '-' ? old - r : old * r;
          } else {
            at(id);
            v = inplace(op, old, r);
          }
          if (!write(o, v)) {
            at(id);
            setAttr(o, name, v);
          }
          if (!isData && fast && gradWatch.listener !== null) gradWatch.listener(o, old, v, id);
          record(v);
          return NORMAL;
        }
      }
      if (fast && o instanceof Value) {
        const old = isData ? o.data : o.grad;
        const r = rhs(f);
        let v: number;
        if (typeof r === 'number' && (op === '+' || op === '-' || op === '*')) {
          v = op === '+' ? old + r : op === '-' ? old - r : old * r;
        } else {
          at(id);
          v = floatAttribute('Value', name, inplace(op, old, r));
        }
        if (isData) o.data = v;
        else o.grad = v;
        record(v);
        return NORMAL;
      }
      at(id);
      const old = getAttr(o, name);
      const r = rhs(f);
      at(id);
      const v = inplace(op, old, r);
      setAttr(o, name, v);
      if (!isData && fast && gradWatch.listener !== null && o instanceof PyInstance) {
        gradWatch.listener(o, old, v, id);
      }
      record(v);
      return NORMAL;
    };
  }
  if (t.type === 'Subscript') {
    const obj = c.expr(t.value);
    const index = t.index;
    if (index.type === 'Slice') {
      const lower = c.optional(index.lower);
      const upper = c.optional(index.upper);
      const step = c.optional(index.step);
      return (f) => {
        const o = obj(f);
        const lo = lower(f);
        const hi = upper(f);
        const st = step(f);
        at(id);
        const old = getSlice(o, lo, hi, st);
        const r = rhs(f);
        at(id);
        const v = inplace(op, old, r);
        setSlice(o, lo, hi, st, v);
        record(v);
        return NORMAL;
      };
    }
    const key = c.expr(index);
    return (f) => {
      const o = obj(f);
      const k = key(f);
      at(id);
      const old = getItem(o, k);
      const r = rhs(f);
      at(id);
      const v = inplace(op, old, r);
      setItem(o, k, v);
      record(v);
      return NORMAL;
    };
  }
  throw new TgradError(
    'SyntaxError',
    `'${t.type}' is an illegal expression for augmented assignment`,
    t,
  );
}

function whileLoop(c: Compiler, s: A.While): Ex {
  const test = c.expr(s.test);
  const testId = c.site(s.test);
  const body = c.block(s.body);
  const orelse = s.orelse.length > 0 ? c.block(s.orelse) : null;
  return (f) => {
    while (true) {
      const t = test(f);
      if (!(t === true || (t !== false && truthy(t)))) break;
      if (--rt.ticks <= 0) rt.poll(testId);
      const r = body(f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
    }
    return orelse === null ? NORMAL : orelse(f);
  };
}

/** The two stores of `for x, y in zip(a, b)` (the zip made by the loop itself), else null. */
function zipPairTargets(c: Compiler, s: A.For): readonly [Store, Store] | null {
  const { iter, target } = s;
  if (iter.type !== 'Call' || iter.func.type !== 'Name' || iter.func.name !== 'zip') return null;
  if (iter.args.length !== 2 || iter.keywords.length !== 0) return null;
  if (iter.args.some((e) => e.type === 'Starred')) return null;
  if (target.type !== 'Tuple' || target.elts.length !== 2) return null;
  if (target.elts.some((e) => e.type === 'Starred')) return null;
  return [c.target(target.elts[0], false), c.target(target.elts[1], false)];
}

function forLoop(c: Compiler, s: A.For): Ex {
  const iter = c.expr(s.iter);
  const iterId = c.site(s.iter);
  const store: Store = c.target(s.target, false);
  const body = c.block(s.body);
  const orelse = s.orelse.length > 0 ? c.block(s.orelse) : null;
  const finish = (f: Frame): number => (orelse === null ? NORMAL : orelse(f));
  const owns = mayOwnGenerator(s.iter);
  const pairStores = zipPairTargets(c, s);
  // Over a generator only this loop holds: leaving the loop early closes it.
  const ownedLoop = (f: Frame, g: PyGenerator): number => {
    const depth = rt.depth;
    try {
      for (let x = g.next(); x !== undefined; at(iterId), x = g.next()) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(iterId);
        const r = body(f);
        if (r === BREAK || r === RETURN) {
          closeLeft(g, depth);
          return r === BREAK ? NORMAL : r;
        }
      }
    } catch (e) {
      if (catchable(e) !== null) closeLeft(g, depth);
      throw e;
    }
    return finish(f);
  };
  return (f) => {
    const before = owns ? generatorsMade() : 0;
    const it = iter(f);
    if (Array.isArray(it)) {
      for (let i = 0; i < it.length; i++) {
        store(f, it[i]);
        if (--rt.ticks <= 0) rt.poll(iterId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      return finish(f);
    }
    if (pairStores !== null && it instanceof PyZipPair) {
      // `for x, y in zip(a, b)` over the zip this loop made: no pair tuple per item.
      const { first, second } = it;
      const [storeFirst, storeSecond] = pairStores;
      for (;;) {
        const x = first.next();
        if (x === undefined) break;
        const y = second.next();
        if (y === undefined) break;
        storeFirst(f, x);
        storeSecond(f, y);
        if (--rt.ticks <= 0) rt.poll(iterId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        at(iterId);
      }
      return finish(f);
    }
    if (it instanceof PyRange) {
      const { length, step } = it;
      let x = it.start;
      for (let i = 0n; i < length; i++, x += step) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(iterId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
      return finish(f);
    }
    if (it instanceof PySet && it.inline >= 0) {
      // A set held in its fields (see PySet): the members as they were, the size checked.
      const n = it.inline;
      const a = it.a;
      const b = it.b;
      for (let i = 0; i < n; i++) {
        store(f, i === 0 ? a : b);
        if (--rt.ticks <= 0) rt.poll(iterId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        if (setSize(it) !== n) {
          at(iterId);
          throw fail('RuntimeError', 'Set changed size during iteration');
        }
      }
      return finish(f);
    }
    if (it instanceof PySet && it.small !== null) {
      // A small set's array (see PySet), with the same check of its size.
      const small = it.small;
      const n = small.length;
      for (let i = 1; i < n; i += 2) {
        store(f, small[i] as PyValue);
        if (--rt.ticks <= 0) rt.poll(iterId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        if (setSize(it) !== n >> 1) {
          at(iterId);
          throw fail('RuntimeError', 'Set changed size during iteration');
        }
      }
      return finish(f);
    }
    if (it instanceof PySet) {
      // Live over the set's own storage; Python forbids changing its size meanwhile.
      const size = it.map.size;
      for (const x of it.map.values()) {
        store(f, x);
        if (--rt.ticks <= 0) rt.poll(iterId);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        if (it.map.size !== size) {
          at(iterId);
          throw fail('RuntimeError', 'Set changed size during iteration');
        }
      }
      return finish(f);
    }
    at(iterId);
    const iterator = iterate(it);
    if (owns) {
      const g = ownedGenerator(iterator, before, rt.depth);
      if (g !== null) return ownedLoop(f, g);
    }
    // The iterator's own errors (a dict changed size) point at the `for`, as in Python.
    for (let x = iterator.next(); x !== undefined; at(iterId), x = iterator.next()) {
      store(f, x);
      if (--rt.ticks <= 0) rt.poll(iterId);
      const r = body(f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
    }
    return finish(f);
  };
}

function del(c: Compiler, s: A.Del): Ex {
  const parts = s.targets.map((t) => deleter(c, t));
  return (f) => {
    for (const p of parts) p(f);
    return NORMAL;
  };
}

function deleter(c: Compiler, t: A.Expr): (f: Frame) => void {
  switch (t.type) {
    case 'Name':
      return deleteName(c, t);
    case 'Tuple':
    case 'List': {
      const parts = t.elts.map((x) => deleter(c, x));
      return (f) => {
        for (const p of parts) p(f);
      };
    }
    case 'Subscript': {
      const obj = c.expr(t.value);
      const id = c.site(t);
      const index = t.index;
      if (index.type === 'Slice') {
        const lower = c.optional(index.lower);
        const upper = c.optional(index.upper);
        const step = c.optional(index.step);
        return (f) => {
          const o = obj(f);
          const lo = lower(f);
          const hi = upper(f);
          const st = step(f);
          at(id);
          delSlice(o, lo, hi, st);
        };
      }
      const key = c.expr(index);
      return (f) => {
        const o = obj(f);
        const k = key(f);
        at(id);
        delItem(o, k);
      };
    }
    case 'Attribute': {
      const obj = c.expr(t.value);
      const id = c.site(t);
      const name = t.attr;
      return (f) => {
        const o = obj(f);
        at(id);
        delAttr(o, name);
      };
    }
  }
  throw new TgradError('SyntaxError', 'cannot delete this expression', t);
}

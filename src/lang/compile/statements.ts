// Statements. Each returns a completion code (NORMAL, BREAK, CONTINUE, RETURN) instead of
// throwing, and loops poll for stop requests once per iteration through `ticks`. At the
// top level of a cell (loops and ifs included, function bodies not) assignments are
// reported to the recorder, for the editor's inline values.

import { Value, willWriteData } from '../../engine';
import type * as A from '../ast';
import { TgradError } from '../errors';
import { delAttr, getAttr, setAttr } from '../runtime/attributes';
import { BREAK, NORMAL, RETURN } from '../runtime/completion';
import { gradWatch } from '../runtime/gradWatch';
import { inplace, quickInplace } from '../runtime/inplace';
import { floatAttribute } from '../runtime/methods/engineMethods';
import { at, rt, tick } from '../runtime/state';
import { delItem, delSlice, getItem, getSlice, setItem, setSlice } from '../runtime/subscript';
import { PyInstance } from '../runtime/objects';
import { truthy } from '../runtime/truth';
import { instanceReader, instanceWriter } from '../runtime/attributeCache';
import { type Frame, type PyValue } from '../runtime/values';
import { compileClassAnnotation } from './annotations';
import { compileLogStatement } from './calls';
import { compileFor } from './forLoop';
import type { Ev, Ex } from './closures';
import type { Compiler } from './compiler';
import { attributeSpan } from './attributeSpan';
import { compileClass } from './classes';
import { compileAssert, compileRaise, compileTry, compileWith } from './exceptions';
import { compileDef } from './functions';
import { compileImport, compileImportFrom } from './imports';
import { compileMatch } from './match';
import { loadName } from './names';
import { classAnnotationsName } from './boundNames';
import { parallelAssign } from './parallelAssign';
import { soleAssign, soleDelete } from './soleHolders';

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
      const assignment =
        s.value === null
          ? null
          : assign(c, { ...s, type: 'Assign', targets: [s.target], value: s.value });
      const annotations = classAnnotationsName(s);
      if (annotations !== undefined) return compileClassAnnotation(c, s, annotations, assignment);
      return assignment ?? (() => NORMAL);
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
      return compileFor(c, s);
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
    case 'Match':
      return compileMatch(c, s);
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
  /** The assignment's one target; null for `a = b = v`. */
  target: A.Expr | null,
): ((v: PyValue) => void) | null {
  if (!c.topLevel) return null;
  const recorder = c.env.recorder;
  const name = target?.type === 'Name' ? target.name : null;
  const intoObject = target?.type === 'Attribute' || target?.type === 'Subscript';
  return (v) => recorder.assigned(line, v, name, intoObject);
}

function assign(c: Compiler, s: A.Assign): Ex {
  const parallel = parallelAssign(c, s);
  if (parallel !== null) return parallel;
  const value = c.expr(s.value);
  const stores = s.targets.map((t) => c.target(t, true));
  const record = recording(c, s.line, s.targets.length === 1 ? s.targets[0] : null);
  const only = s.targets.length === 1 ? s.targets[0] : null;
  const sole =
    only?.type === 'Name' ? soleAssign(c, only, s.value, value, stores[0], record) : null;
  if (sole !== null) return sole;
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
  const record = recording(c, s.line, s.target) ?? (() => {});
  const t = s.target;
  if (t.type === 'Name') {
    const load = loadName(c, t);
    const store = c.target(t, true);
    return (f) => {
      const old = load(f);
      const r = rhs(f);
      let v = quickInplace(op, old, r);
      if (v === undefined) {
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
        if (isData) {
          willWriteData(o);
          o.data = v;
        } else o.grad = v;
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
      if (Array.isArray(o) && typeof k === 'bigint') {
        // A list item by an int in range (`N[i][j] += 1`): no lookups.
        const n = Number(k);
        const j = n < 0 ? n + o.length : n;
        if (j >= 0 && j < o.length) {
          const old = o[j];
          const r = rhs(f);
          let v = quickInplace(op, old, r);
          if (v === undefined) {
            at(id);
            v = inplace(op, old, r);
          }
          // The item is found again: the right side may have changed the list.
          const again = n < 0 ? n + o.length : n;
          if (again >= 0 && again < o.length) o[again] = v;
          else {
            at(id);
            setItem(o, k, v);
          }
          record(v);
          return NORMAL;
        }
      }
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
      return soleDelete(c, t);
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
      const id = c.site(attributeSpan(t));
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

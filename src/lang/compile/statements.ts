// Statements. Each returns a completion code (NORMAL, BREAK, CONTINUE, RETURN) instead of
// throwing, and loops poll for stop requests once per iteration through `ticks`. At the
// top level of a cell (loops and ifs included, function bodies not) assignments are
// reported to the recorder, for the editor's inline values.

import type * as A from '../ast';
import { TgradError } from '../errors';
import { delAttr } from '../runtime/attributes';
import { BREAK, NORMAL, RETURN } from '../runtime/completion';
import { at, rt, tick } from '../runtime/state';
import { delItem, delSlice } from '../runtime/subscript';
import { truthy } from '../runtime/truth';
import { type Frame } from '../runtime/values';
import { compileClassAnnotation, compileModuleAnnotation } from './annotations';
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
import { augAssign } from './augAssign';
import { recording } from './recording';
import { classAnnotationsName, isModuleAnnotation } from './boundNames';
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
      if (isModuleAnnotation(s)) return compileModuleAnnotation(c, s, assignment);
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

// Private name mangling, done on the syntax tree before scopes are resolved, as CPython's
// compiler does it: inside a class body, and in every function, lambda and comprehension
// nested in it, the names, attribute names, parameters, `global`/`nonlocal` names and
// `except … as` names that start with `__` (and do not end with it) get the class's prefix
// (runtime/privateName.ts). Keyword argument names in calls and strings are left alone. A
// `def` or `class` keeps its own `__name__`; only the name it binds is mangled (boundName).

import { patternTargets } from '../matchSyntax';
import { patternValues } from './yieldTree';
import type * as A from '../ast';
import { mangle, manglingPrefix } from '../runtime/privateName';

const bound = new WeakMap<A.FunctionDef | A.ClassDef, string>();

/** The name a `def` or `class` statement binds: its name, mangled inside a class. */
export function boundName(s: A.FunctionDef | A.ClassDef): string {
  return bound.get(s) ?? s.name;
}

/**
 * The mangling prefix of the class a `def`, lambda or comprehension (each a frame of its own)
 * is written in, directly or deeper.
 */
const prefixes = new WeakMap<A.Stmt | A.Expr, string>();

/**
 * The prefix private names in this function's body were mangled with (its innermost
 * enclosing class's), or null outside any class: what an expression evaluated in one of its
 * frames must be mangled with too, as if it were written there.
 */
export function privatePrefixOf(node: A.Stmt | A.Expr): string | null {
  return prefixes.get(node) ?? null;
}

/**
 * Mangles the private names of every class body in `module`, in place (doing it twice is
 * harmless). `prefix`: the module's text is written inside that class (a debugger's
 * expression evaluated in a method's frame); null for a module's or a cell's own text.
 */
export function manglePrivateNames(module: A.Module, prefix: string | null = null): void {
  for (const s of module.body) stmt(s, prefix);
}

function stmts(body: A.Stmt[], p: string | null): void {
  for (const s of body) stmt(s, p);
}

function names(list: string[], p: string | null): string[] {
  return list.map((n) => mangle(p, n));
}

function stmt(s: A.Stmt, p: string | null): void {
  switch (s.type) {
    case 'ExprStmt':
      expr(s.value, p);
      return;
    case 'Assign':
      s.targets.forEach((t) => expr(t, p));
      expr(s.value, p);
      return;
    case 'AugAssign':
      expr(s.target, p);
      expr(s.value, p);
      return;
    case 'AnnAssign':
      expr(s.target, p);
      expr(s.annotation, p);
      if (s.value !== null) expr(s.value, p);
      return;
    case 'If':
    case 'While':
      expr(s.test, p);
      stmts(s.body, p);
      stmts(s.orelse, p);
      return;
    case 'For':
      expr(s.target, p);
      expr(s.iter, p);
      stmts(s.body, p);
      stmts(s.orelse, p);
      return;
    case 'FunctionDef':
      if (p !== null) {
        bound.set(s, mangle(p, s.name));
        prefixes.set(s, p);
      }
      s.decorators.forEach((d) => expr(d, p));
      params(s.params, p);
      if (s.returns !== null) expr(s.returns, p);
      stmts(s.body, p);
      return;
    case 'ClassDef':
      if (p !== null) bound.set(s, mangle(p, s.name));
      s.decorators.forEach((d) => expr(d, p));
      s.bases.forEach((b) => expr(b, p));
      s.keywords.forEach((k) => expr(k.value, p));
      stmts(s.body, manglingPrefix(s.name));
      return;
    case 'Try':
      stmts(s.body, p);
      for (const h of s.handlers) {
        if (h.type !== null) expr(h.type, p);
        if (h.name !== null) h.name = mangle(p, h.name);
        stmts(h.body, p);
      }
      stmts(s.orelse, p);
      stmts(s.finalbody, p);
      return;
    case 'Raise':
      if (s.exc !== null) expr(s.exc, p);
      if (s.cause !== null) expr(s.cause, p);
      return;
    case 'Assert':
      expr(s.test, p);
      if (s.msg !== null) expr(s.msg, p);
      return;
    case 'Match':
      expr(s.subject, p);
      for (const k of s.cases) {
        exprs(patternTargets(k.pattern), p);
        exprs(patternValues(k.pattern), p);
        if (k.guard !== null) expr(k.guard, p);
        stmts(k.body, p);
      }
      return;
    case 'With':
      for (const item of s.items) {
        expr(item.context, p);
        if (item.target !== null) expr(item.target, p);
      }
      stmts(s.body, p);
      return;
    case 'Return':
      if (s.value !== null) expr(s.value, p);
      return;
    case 'Del':
      s.targets.forEach((t) => expr(t, p));
      return;
    case 'Nonlocal':
    case 'Global':
      s.names = names(s.names, p);
      return;
    case 'Import':
    case 'ImportFrom':
      for (const a of s.names) {
        if (a.target !== null) expr(a.target, p);
      }
      return;
    case 'Pass':
    case 'Break':
    case 'Continue':
      return;
    default: {
      const never: never = s;
      return never;
    }
  }
}

function params(ps: A.Parameters, p: string | null): void {
  ps.defaults.forEach((d) => expr(d, p));
  ps.kwDefaults.forEach((d) => {
    if (d !== null) expr(d, p);
  });
  for (const x of [...ps.args, ...ps.kwonly, ps.vararg, ps.kwarg]) {
    if (x !== null && x.annotation !== null) expr(x.annotation, p);
  }
  if (p === null) return;
  for (const x of [...ps.args, ...ps.kwonly, ps.vararg, ps.kwarg]) {
    if (x !== null) x.name = mangle(p, x.name);
  }
}

function exprs(list: (A.Expr | null)[], p: string | null): void {
  for (const e of list) if (e !== null) expr(e, p);
}

function expr(e: A.Expr, p: string | null): void {
  switch (e.type) {
    case 'Name':
      e.name = mangle(p, e.name);
      return;
    case 'Constant':
    case 'Ellipsis':
      return;
    case 'JoinedStr':
      for (const part of e.parts) if (typeof part !== 'string') expr(part, p);
      return;
    case 'FormattedValue':
      expr(e.value, p);
      if (e.spec !== null) expr(e.spec, p);
      return;
    case 'List':
    case 'Tuple':
    case 'Set':
      exprs(e.elts, p);
      return;
    case 'Dict':
      exprs(e.keys, p);
      exprs(e.values, p);
      return;
    case 'BinOp':
      expr(e.left, p);
      expr(e.right, p);
      return;
    case 'UnaryOp':
      expr(e.operand, p);
      return;
    case 'BoolOp':
      exprs(e.values, p);
      return;
    case 'Compare':
      expr(e.left, p);
      exprs(e.comparators, p);
      return;
    case 'IfExp':
      expr(e.test, p);
      expr(e.body, p);
      expr(e.orelse, p);
      return;
    case 'Call':
      expr(e.func, p);
      exprs(e.args, p);
      for (const k of e.keywords) expr(k.value, p);
      return;
    case 'Attribute':
      expr(e.value, p);
      e.attr = mangle(p, e.attr);
      return;
    case 'Subscript':
      expr(e.value, p);
      expr(e.index, p);
      return;
    case 'Slice':
      exprs([e.lower, e.upper, e.step], p);
      return;
    case 'Starred':
      expr(e.value, p);
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      if (p !== null) prefixes.set(e, p);
      expr(e.elt, p);
      comprehensions(e.generators, p);
      return;
    case 'DictComp':
      if (p !== null) prefixes.set(e, p);
      expr(e.key, p);
      expr(e.value, p);
      comprehensions(e.generators, p);
      return;
    case 'Lambda':
      if (p !== null) prefixes.set(e, p);
      params(e.params, p);
      expr(e.body, p);
      return;
    case 'Yield':
      if (e.value !== null) expr(e.value, p);
      return;
    case 'YieldFrom':
      expr(e.value, p);
      return;
    case 'NamedExpr':
      expr(e.target, p);
      expr(e.value, p);
      return;
    default: {
      const never: never = e;
      return never;
    }
  }
}

function comprehensions(gens: A.Comprehension[], p: string | null): void {
  for (const g of gens) {
    expr(g.target, p);
    expr(g.iter, p);
    exprs(g.ifs, p);
  }
}

// The syntax-tree side of generator compilation: which nodes contain a `yield` of the
// function being compiled (nested functions and lambdas have their own), and a node's
// operands in evaluation order, to rebuild it with some operands replaced.

import type * as A from '../ast';

const memo = new WeakMap<object, boolean>();

/** True when evaluating `e` may suspend the enclosing generator. */
export function exprYields(e: A.Expr): boolean {
  if (e.type === 'Yield' || e.type === 'YieldFrom') return true;
  if (e.type === 'Name' || e.type === 'Constant') return false;
  const known = memo.get(e);
  if (known !== undefined) return known;
  let found = false;
  mapOperands(e, (x) => {
    if (!found && exprYields(x)) found = true;
    return x;
  });
  memo.set(e, found);
  return found;
}

/** True when running `s` may suspend the enclosing generator. */
export function stmtYields(s: A.Stmt): boolean {
  const known = memo.get(s);
  if (known !== undefined) return known;
  const found = stmtOperands(s).some(exprYields) || stmtBlocks(s).some((b) => b.some(stmtYields));
  memo.set(s, found);
  return found;
}

/** The expressions a statement evaluates itself (not those of its blocks). */
function stmtOperands(s: A.Stmt): A.Expr[] {
  switch (s.type) {
    case 'ExprStmt':
      return [s.value];
    case 'Assign':
      return [s.value, ...s.targets];
    case 'AugAssign':
      return [s.target, s.value];
    case 'AnnAssign':
      return s.value === null ? [s.target] : [s.value, s.target];
    case 'If':
    case 'While':
      return [s.test];
    case 'For':
      return [s.iter, s.target];
    case 'FunctionDef':
      return defaultValues(s.params);
    case 'Return':
      return s.value === null ? [] : [s.value];
    case 'Del':
      return s.targets;
    case 'Raise':
      return [s.exc, s.cause].filter((x): x is A.Expr => x !== null);
    case 'Assert':
      return s.msg === null ? [s.test] : [s.test, s.msg];
    case 'Match':
      return [
        s.subject,
        ...s.cases.flatMap((k) => [
          ...patternValues(k.pattern),
          ...(k.guard === null ? [] : [k.guard]),
        ]),
      ];
    case 'ClassDef':
    case 'With':
    case 'Try':
    case 'Nonlocal':
    case 'Global':
    case 'Import':
    case 'ImportFrom':
    case 'Pass':
    case 'Break':
    case 'Continue':
      return [];
    default: {
      const never: never = s;
      return never;
    }
  }
}

function stmtBlocks(s: A.Stmt): A.Stmt[][] {
  switch (s.type) {
    case 'If':
    case 'While':
    case 'For':
      return [s.body, s.orelse];
    case 'Try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case 'With':
      return [s.body];
    case 'Match':
      return s.cases.map((k) => k.body);
    default:
      return [];
  }
}

/** A parameter list's default values, in the order a `def` evaluates them. */
export function defaultValues(p: A.Parameters): A.Expr[] {
  return [...p.defaults, ...p.kwDefaults.filter((d): d is A.Expr => d !== null)];
}

function mapParams(p: A.Parameters, fn: (x: A.Expr) => A.Expr): A.Parameters {
  return {
    ...p,
    defaults: p.defaults.map(fn),
    kwDefaults: p.kwDefaults.map((d) => (d === null ? null : fn(d))),
  };
}

function mapJoined(e: A.JoinedStr, fn: (x: A.Expr) => A.Expr): A.JoinedStr {
  return {
    ...e,
    parts: e.parts.map((p) => (typeof p === 'string' ? p : mapFormatted(p, fn))),
  };
}

function mapFormatted(e: A.FormattedValue, fn: (x: A.Expr) => A.Expr): A.FormattedValue {
  const value = fn(e.value);
  return { ...e, value, spec: e.spec === null ? null : mapJoined(e.spec, fn) };
}

function mapSlice(e: A.Slice, fn: (x: A.Expr) => A.Expr): A.Slice {
  const lower = e.lower === null ? null : fn(e.lower);
  const upper = e.upper === null ? null : fn(e.upper);
  const step = e.step === null ? null : fn(e.step);
  return { ...e, lower, upper, step };
}

/** An item of a display or a positional argument: `*x` keeps its star. */
function mapItem(x: A.Expr, fn: (x: A.Expr) => A.Expr): A.Expr {
  return x.type === 'Starred' ? { ...x, value: fn(x.value) } : fn(x);
}

/**
 * A copy of `e` whose operands are `fn(operand)`, `fn` being called in Python's order of
 * evaluation. The operands are what `e` evaluates where it stands: a lambda's defaults and
 * a comprehension's first iterable, not their bodies; a method call's object, not the
 * method lookup.
 */
export function mapOperands(e: A.Expr, fn: (x: A.Expr) => A.Expr): A.Expr {
  switch (e.type) {
    case 'Name':
    case 'Constant':
    case 'Ellipsis':
      return e;
    case 'JoinedStr':
      return mapJoined(e, fn);
    case 'FormattedValue':
      return mapFormatted(e, fn);
    case 'List':
    case 'Tuple':
    case 'Set':
      return { ...e, elts: e.elts.map((x) => mapItem(x, fn)) };
    case 'Dict': {
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      e.keys.forEach((k, i) => {
        keys.push(k === null ? null : fn(k));
        values.push(fn(e.values[i]));
      });
      return { ...e, keys, values };
    }
    case 'BinOp': {
      const left = fn(e.left);
      return { ...e, left, right: fn(e.right) };
    }
    case 'UnaryOp':
      return { ...e, operand: fn(e.operand) };
    case 'BoolOp':
      return { ...e, values: e.values.map(fn) };
    case 'Compare': {
      const left = fn(e.left);
      return { ...e, left, comparators: e.comparators.map(fn) };
    }
    case 'IfExp': {
      const test = fn(e.test);
      const body = fn(e.body);
      return { ...e, test, body, orelse: fn(e.orelse) };
    }
    case 'Call': {
      const func =
        e.func.type === 'Attribute' ? { ...e.func, value: fn(e.func.value) } : fn(e.func);
      const args = e.args.map((x) => mapItem(x, fn));
      const keywords = e.keywords.map((k) => ({ ...k, value: fn(k.value) }));
      return { ...e, func, args, keywords };
    }
    case 'Attribute':
      return { ...e, value: fn(e.value) };
    case 'Subscript': {
      const value = fn(e.value);
      return { ...e, value, index: e.index.type === 'Slice' ? mapSlice(e.index, fn) : fn(e.index) };
    }
    case 'Slice':
      return mapSlice(e, fn);
    case 'Starred':
      return { ...e, value: fn(e.value) };
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp': {
      const [first, ...rest] = e.generators;
      return { ...e, generators: [{ ...first, iter: fn(first.iter) }, ...rest] };
    }
    case 'Lambda':
      return { ...e, params: mapParams(e.params, fn) };
    case 'Yield':
      return e.value === null ? e : { ...e, value: fn(e.value) };
    case 'YieldFrom':
      return { ...e, value: fn(e.value) };
    case 'NamedExpr':
      return { ...e, value: fn(e.value) };
    default: {
      const never: never = e;
      return never;
    }
  }
}

/** A `def` with its defaults mapped (in order) by `fn`. */
export function mapDefaults(s: A.FunctionDef, fn: (x: A.Expr) => A.Expr): A.FunctionDef {
  return { ...s, params: mapParams(s.params, fn) };
}

/** The expressions a pattern evaluates: values (`Color.RED`), mapping keys, classes. */
export function patternValues(p: A.Pattern): A.Expr[] {
  switch (p.type) {
    case 'MatchValue':
      return [p.value];
    case 'MatchSingleton':
    case 'MatchCapture':
    case 'MatchStar':
      return [];
    case 'MatchSequence':
    case 'MatchOr':
      return p.patterns.flatMap(patternValues);
    case 'MatchMapping':
      return [...p.keys, ...p.patterns.flatMap(patternValues)];
    case 'MatchClass':
      return [p.cls, ...[...p.patterns, ...p.kwdPatterns].flatMap(patternValues)];
    case 'MatchAs':
      return patternValues(p.pattern);
  }
}

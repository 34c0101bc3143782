// Python's scoping, decided before anything runs: a name assigned anywhere in a function is
// local to it (unless declared nonlocal); a name read in a function and bound in an
// enclosing function is a free variable reached through a cell; everything else is global
// (then builtin). List, set and dict comprehensions are inlined as in Python 3.12: their
// variables get slots of their own in the enclosing frame; a generator expression is a
// function of its own, since it runs later than the line that made it.

import { annotationsOf } from './functionAnnotations';
import type * as A from '../ast';
import { TgradError } from '../errors';
import { patternTargets } from '../matchSyntax';
import {
  className,
  defName,
  handlerName,
  setClassAnnotationsName,
  setModuleAnnotation,
  targetNames,
} from './boundNames';
import { boundName, manglePrivateNames } from './privateNames';
import { lookupFree, resolveName } from './scopeLookup';
import {
  annotate,
  checkDeclaration,
  collectNonlocals,
  FrameLayout,
  ownsStores,
  Scope,
  type ComprehensionInfo,
  type FunctionInfo,
  type FunctionNode,
  type Ref,
  type Resolution,
  type Var,
} from './scopeModel';
import { patternValues } from './yieldTree';

interface PendingName {
  node: A.Name;
  scope: Scope;
}

export function resolveScopes(module: A.Module): Resolution {
  // Before anything reads a name: a class body's private names are mangled ones.
  manglePrivateNames(module);
  return new Resolver(hasFutureAnnotations(module)).run(module);
}

/** Does the module's top level import `annotations` from `__future__`? */
function hasFutureAnnotations(module: A.Module): boolean {
  return module.body.some(
    (s) =>
      s.type === 'ImportFrom' &&
      s.module === '__future__' &&
      s.names.some((n) => n.name === 'annotations'),
  );
}

class Resolver {
  private readonly imported = new Set<string>();

  constructor(private readonly futureAnnotations: boolean) {}

  private readonly names: PendingName[] = [];
  private readonly refs = new Map<A.Name, Ref>();
  private readonly functions = new Map<FunctionNode, FunctionInfo>();
  private readonly functionScopes = new Map<FunctionNode, Scope>();
  private readonly comprehensions = new Map<A.ListComp | A.DictComp, ComprehensionInfo>();
  /** Above 0 while walking a comprehension's iterable, where `:=` is an error. */
  private iterableDepth = 0;
  /** Function scopes that call super(), resolved to the enclosing class's __class__ cell. */
  private readonly superUsers = new Map<FunctionNode, Scope>();

  run(module: A.Module): Resolution {
    const layout = new FrameLayout();
    const scope = new Scope('module', null, layout);
    this.block(module.body, scope);
    for (const s of this.functionScopes.values()) {
      for (const [name, decl] of s.nonlocals) {
        if (lookupFree(s, name) === null) {
          throw new TgradError('SyntaxError', `no binding for nonlocal '${name}' found`, decl);
        }
      }
    }
    for (const { node, scope: s } of this.names) this.refs.set(node, resolveName(node.name, s));
    for (const [node, s] of this.superUsers) {
      this.functions.get(node)!.classCell = lookupFree(s, '__class__');
    }
    for (const [node, info] of this.functions) {
      const s = this.functionScopes.get(node)!;
      info.free = [...s.free.values()];
    }
    return {
      refs: this.refs,
      functions: this.functions,
      comprehensions: this.comprehensions,
      module: layout,
      futureAnnotations: this.futureAnnotations,
      imported: this.imported,
    };
  }

  // ---- pass 1: bindings -------------------------------------------------------------------

  private block(body: A.Stmt[], scope: Scope): void {
    for (const s of body) this.statement(s, scope);
  }

  private store(target: A.Expr, scope: Scope): void {
    switch (target.type) {
      case 'Name':
        if (scope.bindsLocally(target.name)) scope.stores.add(target.name);
        scope.storedSoFar.add(target.name);
        this.names.push({ node: target, scope });
        return;
      case 'Tuple':
      case 'List':
        for (const e of target.elts) this.store(e, scope);
        return;
      case 'Starred':
        this.store(target.value, scope);
        return;
      default:
        // a.b = … and a[i] = … read a (and i).
        this.expr(target, scope);
    }
  }

  private statement(s: A.Stmt, scope: Scope): void {
    switch (s.type) {
      case 'ExprStmt':
        this.expr(s.value, scope);
        return;
      case 'Assign':
        this.expr(s.value, scope);
        for (const t of s.targets) this.store(t, scope);
        return;
      case 'AugAssign':
        this.expr(s.value, scope);
        this.store(s.target, scope);
        return;
      case 'AnnAssign':
        if (s.target.type === 'Name') annotate(scope, s.target.name, s);
        if (s.value !== null) {
          this.expr(s.value, scope);
          this.store(s.target, scope);
        } else if (s.target.type !== 'Name') this.expr(s.target, scope);
        else if (scope.bindsLocally(s.target.name)) scope.stores.add(s.target.name);
        if (scope.kind === 'class' && s.target.type === 'Name') {
          // `x: T` in a class body evaluates T into the class's `__annotations__`, as CPython
          // (or stores its text, under `from __future__ import annotations`).
          if (!this.futureAnnotations) this.expr(s.annotation, scope);
          const annotations = { ...s.target, name: '__annotations__' };
          setClassAnnotationsName(s, annotations);
          this.store(annotations, scope);
        } else if (scope.kind === 'module' && s.target.type === 'Name') {
          // At a module's top level too, into the global `__annotations__`.
          if (!this.futureAnnotations) this.expr(s.annotation, scope);
          setModuleAnnotation(s);
        }
        return;
      case 'If':
      case 'While':
        this.expr(s.test, scope);
        this.block(s.body, scope);
        this.block(s.orelse, scope);
        return;
      case 'For':
        this.expr(s.iter, scope);
        this.store(s.target, scope);
        this.block(s.body, scope);
        this.block(s.orelse, scope);
        return;
      case 'FunctionDef': {
        for (const d of s.decorators) this.expr(d, scope);
        for (const d of s.params.defaults) this.expr(d, scope);
        for (const d of s.params.kwDefaults) if (d !== null) this.expr(d, scope);
        if (!this.futureAnnotations) {
          for (const a of annotationsOf(s)) this.expr(a.annotation, scope);
        }
        const inner = this.functionScope(s, s.params, scope);
        for (const st of s.body) collectNonlocals(st, inner);
        this.block(s.body, inner);
        this.finishFunction(s, inner);
        const bound = boundName(s);
        if (scope.bindsLocally(bound)) scope.stores.add(bound);
        scope.storedSoFar.add(bound);
        // The def binds its name: recorded as a store through a synthetic Name.
        this.names.push({ node: defName(s), scope });
        return;
      }
      case 'ClassDef':
        this.classDef(s, scope);
        return;
      case 'Try':
        this.block(s.body, scope);
        for (const h of s.handlers) {
          if (h.type !== null) this.expr(h.type, scope);
          if (h.name !== null) this.store(handlerName(h), scope);
          this.block(h.body, scope);
        }
        this.block(s.orelse, scope);
        this.block(s.finalbody, scope);
        return;
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc, scope);
        if (s.cause !== null) this.expr(s.cause, scope);
        return;
      case 'Assert':
        this.expr(s.test, scope);
        if (s.msg !== null) this.expr(s.msg, scope);
        return;
      case 'With':
        for (const item of s.items) {
          this.expr(item.context, scope);
          if (item.target !== null) this.store(item.target, scope);
        }
        this.block(s.body, scope);
        return;
      case 'Return':
        if (s.value !== null) this.expr(s.value, scope);
        return;
      case 'Del':
        for (const t of s.targets) this.store(t, scope);
        return;
      case 'Nonlocal':
      case 'Global':
        for (const name of s.names) checkDeclaration(scope, name, s);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const alias of s.names) {
          if (alias.target === null) continue;
          this.store(alias.target, scope);
          if (scope.kind === 'module' && alias.target.type === 'Name') {
            this.imported.add(alias.target.name);
          }
        }
        return;
      case 'Match':
        this.expr(s.subject, scope);
        for (const k of s.cases) {
          for (const e of patternValues(k.pattern)) this.expr(e, scope);
          for (const n of patternTargets(k.pattern)) this.store(n, scope);
          if (k.guard !== null) this.expr(k.guard, scope);
          this.block(k.body, scope);
        }
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  /**
   * A class body is a scope of its own, run once: its names become the class's attributes
   * and are not visible inside its methods. It holds the `__class__` cell that zero-argument
   * super() reads.
   */
  private classDef(s: A.ClassDef, scope: Scope): void {
    for (const d of s.decorators) this.expr(d, scope);
    for (const b of s.bases) this.expr(b, scope);
    for (const k of s.keywords) this.expr(k.value, scope);
    const layout = new FrameLayout();
    const inner = new Scope('class', scope, layout);
    const info: FunctionInfo = {
      layout,
      params: [],
      vararg: null,
      kwonly: [],
      kwarg: null,
      free: [],
      localNames: [],
      generator: false,
    };
    this.functions.set(s, info);
    this.functionScopes.set(s, inner);
    this.bind(inner, '__class__');
    // As in CPython, the body starts with the names of its module and of the class.
    this.bind(inner, '__module__');
    this.bind(inner, '__qualname__');
    // `global` and `nonlocal` hold in a class body too.
    for (const st of s.body) collectNonlocals(st, inner);
    this.block(s.body, inner);
    this.finishFunction(s, inner);
    if (ownsStores(scope)) scope.stores.add(boundName(s));
    this.names.push({ node: className(s), scope });
  }

  private functionScope(node: FunctionNode, params: A.Parameters | null, parent: Scope): Scope {
    const layout = new FrameLayout();
    const scope = new Scope('function', parent, layout, node);
    const info: FunctionInfo = {
      layout,
      params: [],
      vararg: null,
      kwonly: [],
      kwarg: null,
      free: [],
      localNames: [],
      generator: false,
    };
    if (params !== null) {
      for (const p of params.args) info.params.push(this.bind(scope, p.name));
      if (params.vararg !== null) info.vararg = this.bind(scope, params.vararg.name);
      for (const p of params.kwonly) info.kwonly.push(this.bind(scope, p.name));
      if (params.kwarg !== null) info.kwarg = this.bind(scope, params.kwarg.name);
    }
    this.functions.set(node, info);
    this.functionScopes.set(node, scope);
    return scope;
  }

  private bind(scope: Scope, name: string): Var {
    let v = scope.bindings.get(name);
    if (v === undefined) {
      v = scope.layout.newVar(name);
      scope.bindings.set(name, v);
    }
    return v;
  }

  private finishFunction(node: FunctionNode, scope: Scope): void {
    for (const name of scope.stores) if (!scope.nonlocals.has(name)) this.bind(scope, name);
    this.functions.get(node)!.localNames = [...scope.bindings.keys()];
  }

  private expr(e: A.Expr, scope: Scope): void {
    switch (e.type) {
      case 'Name':
        scope.readSoFar.add(e.name);
        this.names.push({ node: e, scope });
        if (e.name === 'super') this.noteSuper(scope);
        return;
      case 'Yield':
      case 'YieldFrom':
        this.yieldIn(e, scope);
        if (e.value !== null) this.expr(e.value, scope);
        return;
      case 'Constant':
      case 'Ellipsis':
        return;
      case 'NamedExpr':
        this.expr(e.value, scope);
        this.namedTarget(e, scope);
        return;
      case 'JoinedStr':
        for (const p of e.parts) if (typeof p !== 'string') this.expr(p, scope);
        return;
      case 'FormattedValue':
        this.expr(e.value, scope);
        if (e.spec !== null) this.expr(e.spec, scope);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const x of e.elts) this.expr(x, scope);
        return;
      case 'Dict':
        for (const k of e.keys) if (k !== null) this.expr(k, scope);
        for (const v of e.values) this.expr(v, scope);
        return;
      case 'BinOp':
        // Left-deep chains (a + b + c + …) are walked without recursion on the left.
        {
          const rights: A.Expr[] = [];
          let left: A.Expr = e;
          while (left.type === 'BinOp') {
            rights.push(left.right);
            left = left.left;
          }
          this.expr(left, scope);
          for (let i = rights.length - 1; i >= 0; i--) this.expr(rights[i], scope);
        }
        return;
      case 'UnaryOp':
        this.expr(e.operand, scope);
        return;
      case 'BoolOp':
        for (const v of e.values) this.expr(v, scope);
        return;
      case 'Compare':
        this.expr(e.left, scope);
        for (const c of e.comparators) this.expr(c, scope);
        return;
      case 'IfExp':
        this.expr(e.test, scope);
        this.expr(e.body, scope);
        this.expr(e.orelse, scope);
        return;
      case 'Call':
        this.expr(e.func, scope);
        for (const a of e.args) this.expr(a, scope);
        for (const k of e.keywords) this.expr(k.value, scope);
        return;
      case 'Attribute':
        this.expr(e.value, scope);
        return;
      case 'Subscript':
        this.expr(e.value, scope);
        this.expr(e.index, scope);
        return;
      case 'Slice':
        if (e.lower !== null) this.expr(e.lower, scope);
        if (e.upper !== null) this.expr(e.upper, scope);
        if (e.step !== null) this.expr(e.step, scope);
        return;
      case 'Starred':
        this.expr(e.value, scope);
        return;
      case 'Lambda': {
        for (const d of e.params.defaults) this.expr(d, scope);
        for (const d of e.params.kwDefaults) if (d !== null) this.expr(d, scope);
        const inner = this.functionScope(e, e.params, scope);
        this.expr(e.body, inner);
        this.finishFunction(e, inner);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
        this.comprehension(e, scope);
        return;
      case 'GeneratorExp': {
        // The first iterable is evaluated where the expression is; the rest runs later.
        this.iterable(e.generators[0].iter, scope);
        const inner = this.functionScope(e, null, scope);
        // Slot 0 receives the iterator over the first iterable.
        inner.layout.newVar('.0');
        this.comprehensionClauses(e, inner, true);
        this.finishFunction(e, inner);
        return;
      }
    }
  }

  /**
   * `(name := value)` binds `name` where an assignment would, except that inside a
   * comprehension or generator expression it binds in the nearest enclosing function (or the
   * module): Python's PEP 572 scoping, with CPython's errors where that cannot be.
   */
  private namedTarget(e: A.NamedExpr, scope: Scope): void {
    const name = e.target.name;
    if (this.iterableDepth > 0) {
      throw new TgradError(
        'SyntaxError',
        'assignment expression cannot be used in a comprehension iterable expression',
        e,
      );
    }
    let s = scope;
    while (s.kind === 'comprehension' || s.node?.type === 'GeneratorExp') {
      if (s.bindings.has(name)) {
        throw new TgradError(
          'SyntaxError',
          `assignment expression cannot rebind comprehension iteration variable '${name}'`,
          e,
        );
      }
      s = s.parent!;
    }
    if (s !== scope && s.kind === 'class') {
      throw new TgradError(
        'SyntaxError',
        'assignment expression within a comprehension cannot be used in a class body',
        e,
      );
    }
    if (s.bindsLocally(name)) s.stores.add(name);
    s.storedSoFar.add(name);
    this.names.push({ node: e.target, scope });
  }

  private noteSuper(scope: Scope): void {
    let s: Scope | null = scope;
    while (s !== null && s.kind === 'comprehension') s = s.parent;
    if (s === null || s.kind !== 'function') return;
    for (const [node, fs] of this.functionScopes) {
      if (fs === s) {
        this.superUsers.set(node, s);
        return;
      }
    }
  }

  /** A comprehension's iterable, where CPython refuses `:=`. */
  private iterable(e: A.Expr, scope: Scope): void {
    this.iterableDepth++;
    try {
      this.expr(e, scope);
    } finally {
      this.iterableDepth--;
    }
  }

  private comprehension(e: A.ListComp | A.DictComp, scope: Scope): void {
    this.iterable(e.generators[0].iter, scope);
    const inner = new Scope('comprehension', scope, scope.layout, e);
    const vars = this.comprehensionClauses(e, inner, true);
    this.comprehensions.set(e, { vars });
  }

  /** Marks the function a `yield` makes a generator, or throws CPython's error where none can be. */
  private yieldIn(e: A.Yield | A.YieldFrom, scope: Scope): void {
    const node = scope.node;
    if (scope.kind === 'comprehension' && node !== null) {
      const what = node.type === 'SetComp' ? 'set' : node.type === 'DictComp' ? 'dict' : 'list';
      throw new TgradError('SyntaxError', `'yield' inside ${what} comprehension`, e);
    }
    if (scope.kind === 'module' || node === null) {
      throw new TgradError('SyntaxError', "'yield' outside function", e);
    }
    if (node.type === 'GeneratorExp') {
      throw new TgradError('SyntaxError', "'yield' inside generator expression", e);
    }
    this.functions.get(node as FunctionNode)!.generator = true;
  }

  /** Binds the clauses' targets in `inner` and walks the rest (the first iterable excepted). */
  private comprehensionClauses(
    e: A.ListComp | A.DictComp,
    inner: Scope,
    skipFirstIter: boolean,
  ): Var[] {
    const vars: Var[] = [];
    e.generators.forEach((g, i) => {
      if (i > 0 || !skipFirstIter) this.iterable(g.iter, inner);
      for (const name of targetNames(g.target)) {
        if (!inner.bindings.has(name)) vars.push(this.bind(inner, name));
      }
      this.storeTargetNames(g.target, inner);
      for (const cond of g.ifs) this.expr(cond, inner);
    });
    if (e.type === 'DictComp') {
      this.expr(e.key, inner);
      this.expr(e.value, inner);
    } else this.expr(e.elt, inner);
    return vars;
  }

  /** Records a comprehension target's names (already bound in the comprehension's scope). */
  private storeTargetNames(target: A.Expr, scope: Scope): void {
    switch (target.type) {
      case 'Name':
        this.names.push({ node: target, scope });
        return;
      case 'Tuple':
      case 'List':
        for (const x of target.elts) this.storeTargetNames(x, scope);
        return;
      case 'Starred':
        this.storeTargetNames(target.value, scope);
        return;
      default:
        this.expr(target, scope);
    }
  }
}

// What scope resolution decides and works with: a frame's variables and their slots, what a
// name refers to, what each function and comprehension binds, and the rules a scope applies
// to its own declarations (`global`/`nonlocal`, annotations) in CPython's order.

import type * as A from '../ast';
import { TgradError } from '../errors';

export interface Var {
  name: string;
  slot: number;
  /** True when a closure captures it: the slot then holds a Cell. */
  cell: boolean;
  /** As a sole holder of a generator (runtime/droppedGenerators.ts): read in a way that may copy it. */
  escaped: boolean;
  /** As a sole holder: some assignment claims a generator for it. */
  claims: boolean;
}

export type Ref =
  | { kind: 'global'; name: string }
  // `classBody`: a class body's own name, which reads the global when not yet bound there.
  | { kind: 'local'; v: Var; free: boolean; classBody?: boolean };

export class FrameLayout {
  readonly vars: Var[] = [];
  newVar(name: string): Var {
    const v: Var = { name, slot: this.vars.length, cell: false, escaped: false, claims: false };
    this.vars.push(v);
    return v;
  }
  get size(): number {
    return this.vars.length;
  }
}

export type FunctionNode = A.FunctionDef | A.Lambda | A.ListComp | A.ClassDef;

export interface FunctionInfo {
  layout: FrameLayout;
  params: Var[];
  vararg: Var | null;
  kwonly: Var[];
  kwarg: Var | null;
  /** Closure cells: `inner` is this frame's slot, `outer` the defining frame's variable. */
  free: { inner: Var; outer: Var }[];
  /** Every name bound in the function, for "did you mean" suggestions. */
  localNames: string[];
  /** True when the body yields: a call makes a generator instead of running it. */
  generator: boolean;
  /** For a function using zero-argument super(): its `__class__` cell (from the class body). */
  classCell?: Var | null;
}

export interface ComprehensionInfo {
  /** Variables the comprehension binds (its loop targets), in the enclosing frame. */
  vars: Var[];
}

export interface Resolution {
  refs: Map<A.Name, Ref>;
  functions: Map<FunctionNode, FunctionInfo>;
  comprehensions: Map<A.ListComp | A.DictComp, ComprehensionInfo>;
  /** Slots of the cell's own frame (its top-level comprehensions use them). */
  module: FrameLayout;
  /** True under `from __future__ import annotations`: class annotations are kept as text. */
  futureAnnotations: boolean;
  /** Names an import binds in the module's scope (CPython's DEF_IMPORT, see calls.ts). */
  imported: ReadonlySet<string>;
}

export class Scope {
  readonly bindings = new Map<string, Var>();
  readonly nonlocals = new Map<string, A.Nonlocal>();
  /** Names declared `global` in this function: they resolve to globals, never to locals. */
  readonly globals = new Map<string, A.Global>();
  /** What the body has done with a name so far, in source order (for CPython's checks). */
  readonly readSoFar = new Set<string>();
  readonly storedSoFar = new Set<string>();
  readonly annotatedSoFar = new Set<string>();
  readonly free = new Map<string, { inner: Var; outer: Var }>();
  /** Names stored in a function body, bound once the whole body has been seen. */
  readonly stores = new Set<string>();

  constructor(
    readonly kind: 'module' | 'function' | 'comprehension' | 'class',
    readonly parent: Scope | null,
    readonly layout: FrameLayout,
    /** The function, lambda, generator expression or comprehension this scope is. */
    readonly node: FunctionNode | A.DictComp | null = null,
  ) {}

  /** True when a store to `name` here binds a local variable of the function. */
  bindsLocally(name: string): boolean {
    return ownsStores(this) && !this.nonlocals.has(name) && !this.globals.has(name);
  }
}

/** Scopes whose assigned names become their own variables (functions and class bodies). */
export function ownsStores(scope: Scope): boolean {
  return scope.kind === 'function' || scope.kind === 'class';
}

/**
 * CPython's checks on a `global`/`nonlocal` declaration, in its order: a name the function
 * has already used, annotated or assigned cannot be declared afterwards.
 */
export function checkDeclaration(scope: Scope, name: string, s: A.Global | A.Nonlocal): void {
  const what = s.type === 'Global' ? 'global' : 'nonlocal';
  let problem: string | null = null;
  if (scope.readSoFar.has(name)) problem = `name '${name}' is used prior to ${what} declaration`;
  else if (scope.annotatedSoFar.has(name)) problem = `annotated name '${name}' can't be ${what}`;
  else if (scope.storedSoFar.has(name))
    problem = `name '${name}' is assigned to before ${what} declaration`;
  if (problem !== null) throw new TgradError('SyntaxError', problem, s);
  if (s.type === 'Global' && scope.kind === 'module') scope.globals.set(name, s);
}

/** `name: T` where `name` is declared global or nonlocal is CPython's SyntaxError. */
export function annotate(scope: Scope, name: string, s: A.AnnAssign): void {
  const what = scope.globals.has(name) ? 'global' : scope.nonlocals.has(name) ? 'nonlocal' : null;
  if (what !== null && scope.kind === 'function') {
    throw new TgradError('SyntaxError', `annotated name '${name}' can't be ${what}`, s);
  }
  if (what !== null && scope.kind === 'module') {
    throw new TgradError('SyntaxError', `annotated name '${name}' can't be global`, s);
  }
  scope.annotatedSoFar.add(name);
}

/** Records a function's nonlocal declarations before its body's stores are seen. */
export function collectNonlocals(s: A.Stmt, scope: Scope): void {
  switch (s.type) {
    case 'Nonlocal':
      for (const name of s.names) {
        if (scope.bindings.has(name)) {
          throw new TgradError('SyntaxError', `name '${name}' is parameter and nonlocal`, s);
        }
        const g = scope.globals.get(name);
        if (g !== undefined) {
          throw new TgradError('SyntaxError', `name '${name}' is nonlocal and global`, g);
        }
        scope.nonlocals.set(name, s);
      }
      return;
    case 'Global':
      for (const name of s.names) {
        if (scope.bindings.has(name)) {
          throw new TgradError('SyntaxError', `name '${name}' is parameter and global`, s);
        }
        const n = scope.nonlocals.get(name);
        if (n !== undefined) {
          throw new TgradError('SyntaxError', `name '${name}' is nonlocal and global`, n);
        }
        if (!scope.globals.has(name)) scope.globals.set(name, s);
      }
      return;
    case 'If':
    case 'While':
    case 'For':
      for (const b of s.body) collectNonlocals(b, scope);
      for (const b of s.orelse) collectNonlocals(b, scope);
      return;
    case 'Try':
      for (const b of [...s.body, ...s.orelse, ...s.finalbody]) collectNonlocals(b, scope);
      for (const h of s.handlers) for (const b of h.body) collectNonlocals(b, scope);
      return;
    case 'With':
      for (const b of s.body) collectNonlocals(b, scope);
      return;
    case 'Match':
      for (const k of s.cases) for (const b of k.body) collectNonlocals(b, scope);
      return;
  }
}

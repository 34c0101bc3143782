// Name nodes that stand for names a statement binds without writing a Name of its own (a
// `def`'s name, a `class`'s, an except clause's `as e`, a class body's `__annotations__`), so
// that scope resolution and the compiler treat them as any assignment target. One node per
// statement, made on first use.

import type * as A from '../ast';
import { boundName } from './privateNames';

/** The names a target binds, in order. */
export function targetNames(target: A.Expr): string[] {
  switch (target.type) {
    case 'Name':
      return [target.name];
    case 'Tuple':
    case 'List':
      return target.elts.flatMap(targetNames);
    case 'Starred':
      return targetNames(target.value);
    default:
      return [];
  }
}

type Binder = A.FunctionDef | A.ClassDef | A.ExceptHandler;

const standIns = new WeakMap<Binder, A.Name>();

/** The Name node standing for `name`, bound by `s` at its own position. */
function standIn(s: Binder, name: string): A.Name {
  let n = standIns.get(s);
  if (n === undefined) {
    n = { type: 'Name', name, depth: 1, line: s.line, col: s.col, endLine: s.line, endCol: s.col };
    standIns.set(s, n);
  }
  return n;
}

/** A Name node standing for the name a `def` binds (resolved like any assignment target). */
export function defName(s: A.FunctionDef): A.Name {
  return standIn(s, boundName(s));
}

/** A Name node standing for the name a `class` statement binds. */
export function className(s: A.ClassDef): A.Name {
  return standIn(s, boundName(s));
}

/** A Name node standing for the `as e` of an except clause. */
export function handlerName(h: A.ExceptHandler): A.Name {
  return standIn(h, h.name!);
}

const classAnnotations = new WeakMap<A.AnnAssign, A.Name>();
const moduleAnnotations = new WeakSet<A.AnnAssign>();

/** Records `x: T` at a module's top level, whose T goes into the global `__annotations__`. */
export function setModuleAnnotation(s: A.AnnAssign): void {
  moduleAnnotations.add(s);
}

/** True for `x: T` at a module's top level (see setModuleAnnotation). */
export function isModuleAnnotation(s: A.AnnAssign): boolean {
  return moduleAnnotations.has(s);
}

/** Records the `__annotations__` target of `x: T` in a class body (see classAnnotationsName). */
export function setClassAnnotationsName(s: A.AnnAssign, name: A.Name): void {
  classAnnotations.set(s, name);
}

/**
 * For `x: T` in a class body, the Name node standing for the body's `__annotations__` (where
 * T's value goes under 'x'); undefined for an annotation elsewhere, which is not evaluated.
 */
export function classAnnotationsName(s: A.AnnAssign): A.Name | undefined {
  return classAnnotations.get(s);
}

// `class` statements and decorators. The class body runs once, in a frame of its own (its
// names are the class's attributes and are not seen from its methods); then the class is
// made, its `__class__` cell (zero-argument super()) filled, and the decorators applied.

import type * as A from '../ast';
import { TgradError } from '../errors';
import { noteUnwind } from '../runtime/tracebacks';
import { callValue } from '../runtime/call';
import { createClass, initSubclass } from '../runtime/classes';
import { NORMAL } from '../runtime/completion';
import { setClassBodyStore } from '../runtime/classBodyStore';
import { setNames } from '../runtime/descriptors';
import { PyClass } from '../runtime/objects';
import { prepareNamespace, programMetaclass } from '../runtime/metaclasses';
import { setItem } from '../runtime/subscript';
import { at } from '../runtime/state';
import { Cell, PyTuple, type Frame, type PyValue } from '../runtime/values';
import type { Ev, Ex } from './closures';
import type { Compiler } from './compiler';
import { docstringOf } from './docstrings';
import { className } from './boundNames';
import type { Var } from './scopeModel';

/** A definition's decorators: their values (evaluated before the definition) and sites. */
export interface CompiledDecorators {
  evaluate: (f: Frame) => PyValue[];
  /** Each decorator expression's site: an error its call raises points there, as CPython's. */
  sites: number[];
}

/** Applies decorators innermost first. */
export function applyDecorators(
  decorators: PyValue[],
  v: PyValue,
  sites: readonly number[],
): PyValue {
  let out = v;
  for (let i = decorators.length - 1; i >= 0; i--) {
    at(sites[i]);
    out = callValue(decorators[i], [out], null);
  }
  return out;
}

export function compileDecorators(c: Compiler, decorators: A.Expr[]): CompiledDecorators | null {
  if (decorators.length === 0) return null;
  const evs: Ev[] = decorators.map((d) => c.expr(d));
  return { evaluate: (f) => evs.map((d) => d(f)), sites: decorators.map((d) => c.site(d)) };
}

/** A name of the class body's frame (in a cell when a method closes over it). */
function readVar(frame: Frame, v: Var): PyValue | undefined {
  return v.cell ? (frame[v.slot] as Cell).v : (frame[v.slot] as PyValue | undefined);
}

function writeVar(frame: Frame, v: Var, x: PyValue): void {
  if (v.cell) (frame[v.slot] as Cell).v = x;
  else frame[v.slot] = x;
}

export function compileClass(c: Compiler, s: A.ClassDef): Ex {
  const info = c.res.functions.get(s)!;
  const body = c.inFunction(info, () => c.block(s.body), `${c.qualPrefix}${s.name}.`);
  const doc = docstringOf(s.body);
  const bases = s.bases.map((b) => c.expr(b));
  const keywordNames = s.keywords.map((k) => k.name!);
  const keywords = s.keywords.map((k) => c.expr(k.value));
  const decorators = compileDecorators(c, s.decorators);
  const decoratorSites = decorators === null ? [] : decorators.sites;
  const store = c.target(className(s), false);
  const id = c.site(s);
  const size = info.layout.size;
  const freeSlots = info.free.map((fr) => fr.inner.slot);
  const outerSlots = info.free.map((fr) => fr.outer.slot);
  const free = new Set(freeSlots);
  const cellSlots = info.layout.vars.filter((v) => v.cell && !free.has(v.slot)).map((v) => v.slot);
  const classCell = info.layout.vars.find((v) => v.name === '__class__' && !free.has(v.slot))!;
  const own = (n: string) => info.layout.vars.find((v) => v.name === n && !free.has(v.slot))!;
  const moduleVar = own('__module__');
  const qualnameVar = own('__qualname__');
  const members = info.layout.vars.filter(
    (v) => !free.has(v.slot) && v !== classCell && v !== qualnameVar,
  );
  const name = s.name;
  const qualname = c.qualPrefix === '' ? null : `${c.qualPrefix}${s.name}`;
  const globals = c.env.globals;
  const moduleNameSlot = globals.slot('__name__');
  /** The body runs in a frame a traceback names after the class, called from the statement. */
  const runBody = (frame: Frame): void => {
    try {
      body(frame);
    } catch (e) {
      if (e instanceof TgradError) noteUnwind(e, name, id);
      throw e;
    }
  };
  return (f) => {
    const decos = decorators === null ? null : decorators.evaluate(f);
    const bs: PyValue[] = [];
    for (let i = 0; i < bases.length; i++) bs.push(bases[i](f));
    let kw: Map<string, PyValue> | null = null;
    for (let i = 0; i < keywords.length; i++) {
      kw ??= new Map();
      kw.set(keywordNames[i], keywords[i](f));
    }
    const frame: Frame = [];
    for (let i = 0; i < size; i++) frame.push(undefined);
    for (const slot of cellSlots) frame[slot] = new Cell();
    for (let i = 0; i < freeSlots.length; i++) frame[freeSlots[i]] = f[outerSlots[i]];
    writeVar(frame, moduleVar, globals.values[moduleNameSlot] ?? '__main__');
    writeVar(frame, qualnameVar, qualname ?? name);
    const metaclass = kw?.get('metaclass');
    if (metaclass !== undefined) kw!.delete('metaclass');
    const programMeta = programMetaclass(metaclass, bs);
    if (programMeta !== null) {
      at(id);
      const kwargs = kw !== null && kw.size > 0 ? kw : null;
      const ns = prepareNamespace(programMeta, name, bs, kwargs);
      setItem(ns, '__module__', readVar(frame, moduleVar)!);
      setItem(ns, '__qualname__', qualname ?? name);
      if (doc !== null) setItem(ns, '__doc__', doc);
      const stored = new Set<string>([moduleVar.name]);
      // A metaclass deriving from a native one (EnumMeta) takes the body's names as that
      // one does (enum's auto() values, its refusal of a name given twice).
      const bound = new Map<string, PyValue>();
      const native = bs.find(
        (b): b is PyClass => b instanceof PyClass && b.meta?.bodyStore !== undefined,
      );
      const rewrite = native?.meta!.bodyStore!(bs, (n) => bound.get(n));
      setClassBodyStore(frame, (n, v) => {
        const w = rewrite === undefined ? v : rewrite(n, v);
        stored.add(n);
        bound.set(n, w);
        setItem(ns, n, w);
        return w;
      });
      runBody(frame);
      // What the body bound without a store of its own (an import, a loop's target).
      for (const v of members) {
        const x = readVar(frame, v);
        if (x !== undefined && !stored.has(v.name)) setItem(ns, v.name, x);
      }
      at(id);
      const made = callValue(programMeta, [name, new PyTuple(bs), ns], kwargs);
      if (classCell.cell) (frame[classCell.slot] as Cell).v = made;
      store(f, decos === null ? made : applyDecorators(decos, made, decoratorSites));
      return NORMAL;
    }
    const meta = bs.find(
      (b): b is PyClass => b instanceof PyClass && b.meta?.bodyStore !== undefined,
    );
    if (meta !== undefined) {
      const own = (n: string) => {
        const v = members.find((m) => m.name === n);
        return v === undefined ? undefined : readVar(frame, v);
      };
      setClassBodyStore(frame, meta.meta!.bodyStore!(bs, own));
    }
    runBody(frame);
    // The namespace in CPython's order (the order C.__dict__ lists): a docstring is the body's
    // first binding, after __module__; a class without one gets __doc__ = None after its body.
    // A body that annotates sets up its `__annotations__` first of all, before the docstring.
    const ns = new Map<string, PyValue>();
    const annotations = members.find((v) => v.name === '__annotations__');
    for (const v of members) {
      if (v === annotations) continue;
      const x = readVar(frame, v);
      if (x !== undefined) ns.set(v.name, x);
      if (v.name !== '__module__') continue;
      const a = annotations === undefined ? undefined : readVar(frame, annotations);
      if (a !== undefined) ns.set('__annotations__', a);
      if (doc !== null && !ns.has('__doc__')) ns.set('__doc__', doc);
    }
    if (annotations !== undefined && !ns.has('__annotations__')) {
      const a = readVar(frame, annotations);
      if (a !== undefined) ns.set('__annotations__', a);
    }
    if (!ns.has('__doc__')) ns.set('__doc__', doc);
    at(id);
    const cls = createClass(name, bs, ns, metaclass, kw);
    cls.definedIn = globals;
    // type.__new__ takes `__qualname__` out of the namespace: it names the class.
    const q = readVar(frame, qualnameVar);
    cls.qualname = typeof q === 'string' && q !== name ? q : qualname;
    if (classCell.cell) (frame[classCell.slot] as Cell).v = cls;
    setNames(cls, id);
    initSubclass(cls, kw !== null && kw.size > 0 ? kw : null);
    store(f, decos === null ? cls : applyDecorators(decos, cls, decoratorSites));
    return NORMAL;
  };
}

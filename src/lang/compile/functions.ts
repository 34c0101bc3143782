// `def` and `lambda`: the body is compiled once into a FunctionCode; running the `def`
// evaluates the defaults, gathers the closure cells from the defining frame and binds a
// new function object.

import type * as A from '../ast';
import { NORMAL, RETURN } from '../runtime/completion';
import { at, rt } from '../runtime/state';
import { applyDecorators, compileDecorators } from './classes';
import { Cell, PyFunction, type FunctionCode, type PyValue } from '../runtime/values';
import type { Ev, Ex } from './closures';
import type { Compiler } from './compiler';
import { compileGeneratorBody, compileGeneratorLambda } from './generatorStatements';
import { docstringOf } from './docstrings';
import { privatePrefixOf } from './privateNames';
import { defName } from './boundNames';
import type { FunctionInfo, FunctionNode } from './scopeModel';
import { closingLocals } from './soleHolders';
import { compileFunctionAnnotations } from './functionAnnotations';

export function functionCode(
  c: Compiler,
  node: FunctionNode,
  name: string,
  compileBody: (c: Compiler) => Ex,
  isLambda: boolean,
): { code: FunctionCode; info: FunctionInfo } {
  const info = c.res.functions.get(node)!;
  const qualname = c.qualPrefix + name;
  const body = c.inFunction(info, () => compileBody(c), `${qualname}.<locals>.`);
  const params = [...info.params, info.vararg, ...info.kwonly, info.kwarg].filter(
    (v): v is NonNullable<typeof v> => v !== null,
  );
  const freeSlots = info.free.map((fr) => fr.inner.slot);
  const free = new Set(freeSlots);
  const code: FunctionCode = {
    name,
    qualname,
    doc: node.type === 'FunctionDef' ? docstringOf(node.body) : null,
    params: info.params.map((v) => v.name),
    posonly: node.type === 'FunctionDef' || node.type === 'Lambda' ? node.params.posonly : 0,
    varargSlot: info.vararg?.slot ?? -1,
    kwonly: info.kwonly.map((v) => v.name),
    kwonlySlots: info.kwonly.map((v) => v.slot),
    kwargSlot: info.kwarg?.slot ?? -1,
    frameSize: info.layout.size,
    cellParams: params.filter((v) => v.cell).map((v) => v.slot),
    cellLocals: info.layout.vars
      .filter((v) => v.cell && !params.includes(v) && !free.has(v.slot))
      .map((v) => v.slot),
    freeSlots,
    freeNames: info.free.map((fr) => fr.inner.name),
    simple: info.vararg === null && info.kwonly.length === 0 && info.kwarg === null,
    body,
    isLambda,
    generator: info.generator,
    varargName: info.vararg?.name,
    kwargName: info.kwarg?.name,
    globals: c.env.globals,
  };
  debuggable(c, node, name, compileBody, info, code);
  return { code, info };
}

/**
 * The debug tree's body shows as a frame of the call stack (a generator's body runs later,
 * from next(): its frame is there while each resume runs). A body compiled without hooks is
 * offered to the interpreter, which swaps in a hooked one while a debug run lasts.
 */
function debuggable(
  c: Compiler,
  node: FunctionNode,
  name: string,
  compileBody: (c: Compiler) => Ex,
  info: FunctionInfo,
  code: FunctionCode,
): void {
  const bodyInfo = {
    name,
    file: node.file,
    vars: info.layout.vars,
    globals: c.env.globals,
    privatePrefix: privatePrefixOf(node),
  };
  const debug = c.env.debug;
  if (debug !== undefined) {
    code.body = info.generator
      ? debug.generator(code.body, bodyInfo)
      : debug.body(code.body, bodyInfo);
    return;
  }
  c.env.debuggable?.(code, (hooks) => {
    const dc = c.forDebug(hooks);
    const body = dc.inFunction(info, () => compileBody(dc), `${code.qualname}.<locals>.`);
    return info.generator ? hooks.generator(body, bodyInfo) : hooks.body(body, bodyInfo);
  });
}

/** The defaults and closure of functions that have none (never written to). */
const NONE: never[] = [];

/** Evaluates defaults and the closure, and makes the function object. */
function makeFunction(
  c: Compiler,
  params: A.Parameters,
  code: FunctionCode,
  info: FunctionInfo,
): Ev {
  const defaults = params.defaults.map((d) => c.expr(d));
  const kwDefaults = params.kwDefaults.map((d) => (d === null ? null : c.expr(d)));
  const outerSlots = info.free.map((fr) => fr.outer.slot);
  if (defaults.length === 0 && kwDefaults.length === 0 && outerSlots.length === 0) {
    return () => new PyFunction(code, NONE, NONE, NONE as Cell[]);
  }
  const nd = defaults.length;
  const nk = kwDefaults.length;
  const nc = outerSlots.length;
  // Every array is made at its final size (an empty one is the shared NONE): a `_backward`
  // closure made per graph node lives as long as the graph, and an array grown by push
  // keeps room for 17 items.
  return (f) => {
    let dv: PyValue[] = NONE;
    if (nd > 0) {
      dv = new Array<PyValue>(nd);
      for (let i = 0; i < nd; i++) dv[i] = defaults[i](f);
    }
    let kv: (PyValue | undefined)[] = NONE;
    if (nk > 0) {
      kv = new Array<PyValue | undefined>(nk);
      for (let i = 0; i < nk; i++) {
        const d = kwDefaults[i];
        kv[i] = d === null ? undefined : d(f);
      }
    }
    let closure: Cell[] = NONE;
    if (nc > 0) {
      closure = new Array<Cell>(nc);
      for (let i = 0; i < nc; i++) closure[i] = f[outerSlots[i]] as Cell;
    }
    return new PyFunction(code, dv, kv, closure);
  };
}

export function compileLambda(c: Compiler, e: A.Lambda): Ev {
  const generator = c.res.functions.get(e)!.generator;
  const { code, info } = functionCode(
    c,
    e,
    '<lambda>',
    (cc) => {
      if (generator) return compileGeneratorLambda(cc, e.body);
      const body = cc.expr(e.body);
      return (f) => {
        rt.returnValue = body(f);
        return RETURN;
      };
    },
    true,
  );
  return makeFunction(c, e.params, code, info);
}

export function compileDef(c: Compiler, s: A.FunctionDef): Ex {
  const decorators = compileDecorators(c, s.decorators);
  const body = c.res.functions.get(s)!.generator
    ? (cc: Compiler) => compileGeneratorBody(cc, s.body, s.name)
    : (cc: Compiler) => closingLocals(cc, cc.block(s.body));
  const { code, info } = functionCode(c, s, s.name, body, false);
  const plain = makeFunction(c, s.params, code, info);
  const annotate = compileFunctionAnnotations(c, s);
  const make: Ev =
    annotate === null
      ? plain
      : (f) => {
          const fn = plain(f) as PyFunction;
          annotate(f, fn);
          return fn;
        };
  const store = c.target(defName(s), false);
  if (decorators !== null) {
    const id = c.site(s);
    return (f) => {
      const decos = decorators.evaluate(f);
      const fn = make(f);
      at(id);
      store(f, applyDecorators(decos, fn, decorators.sites));
      return NORMAL;
    };
  }
  return (f) => {
    store(f, make(f));
    return NORMAL;
  };
}

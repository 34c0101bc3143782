// A neuron written by the user, `sum((wi*xi for wi, xi in zip(w, x)), b)` (micrograd nn.py's
// own form), fused into the engine's one-node dot product (engine/dot.ts) as the built-in
// Neuron is. Python's sum(gen, start) is start + t0 + t1 + … left to right, the very order
// and rounding the Dot op computes and expands into, so data, grads and the expanded graph
// are those of the unfused program, bit for bit.
//
// Recognised at compile time by shape only; at run time the fused path is taken only when
// `sum` and `zip` are the built-ins, the tape is on, w and x are lists or tuples whose
// first n items are built-in Values (w) and Values or floats (x), n > 0, and b is a Value.
// Anything else continues the ordinary evaluation with the values already computed, in
// Python's order (sum, zip, w, x, the zip call, the generator, b, the call), so that no
// expression runs twice.

import { builtinClass } from '../runtime/types';
import { Value } from '../../engine';
import { dot, type DotInput } from '../../engine/dot';
import { tape } from '../../engine/tapeSwitch';
import type * as A from '../ast';
import { callValue } from '../runtime/call';
import { at } from '../runtime/state';
import { Builtin, PyTuple, type Frame, type PyValue } from '../runtime/values';
import type { Ev } from './closures';
import type { Compiler } from './compiler';
import { generatorMakers } from './comprehensions';

/** The fused call for `sum((a*b for a, b in zip(A, B)), start)`, or null for another shape. */
export function fusedDotCall(c: Compiler, e: A.Call): Ev | null {
  if (c.env.debug !== undefined) return null;
  if (e.func.type !== 'Name' || e.func.name !== 'sum') return null;
  if (e.keywords.length !== 0 || e.args.length !== 2) return null;
  const gen = e.args[0];
  if (gen.type !== 'GeneratorExp' || gen.generators.length !== 1) return null;
  if (e.args[1].type === 'Starred') return null;
  const clause = gen.generators[0];
  if (clause.ifs.length !== 0) return null;
  const zipCall = clause.iter;
  if (zipCall.type !== 'Call' || zipCall.func.type !== 'Name' || zipCall.func.name !== 'zip')
    return null;
  if (zipCall.keywords.length !== 0 || zipCall.args.length !== 2) return null;
  if (zipCall.args.some((x) => x.type === 'Starred')) return null;
  const t = clause.target;
  if (t.type !== 'Tuple' || t.elts.length !== 2) return null;
  const [ta, tb] = t.elts;
  if (ta.type !== 'Name' || tb.type !== 'Name' || ta.name === tb.name) return null;
  const elt = gen.elt;
  if (elt.type !== 'BinOp' || elt.op !== '*') return null;
  if (elt.left.type !== 'Name' || elt.left.name !== ta.name) return null;
  if (elt.right.type !== 'Name' || elt.right.name !== tb.name) return null;

  // Compiled in the order the ordinary call compiles them: callee, generator, start.
  const sumEv = c.expr(e.func);
  const zipEv = c.expr(zipCall.func);
  const aEv = c.expr(zipCall.args[0]);
  const bEv = c.expr(zipCall.args[1]);
  const zipId = c.site(zipCall);
  const makers = generatorMakers(c, gen);
  // The built-in sum takes the expression as a plain iterator (consumedGenerator.ts).
  const makeGen = (f: Frame, sumFn: PyValue, source: PyValue): PyValue =>
    makers.consumed !== null && isBuiltin(sumFn, 'sum')
      ? makers.consumed(f, source)
      : makers.generator(f, source);
  const startEv = c.expr(e.args[1]);
  const mulSite = c.site(elt);
  const id = c.site(e);
  return (f) => {
    const sumFn = sumEv(f);
    const zipFn = zipEv(f);
    const a = aEv(f);
    const b = bEv(f);
    if (tape.enabled && isBuiltin(sumFn, 'sum') && zipFn === ZIP) {
      const w = valuesOf(a);
      const x = w === null ? null : inputsOf(b, w.length);
      if (w !== null && x !== null) {
        const start = startEv(f);
        at(id);
        if (start instanceof Value) return dot(w.slice(0, x.length), x, start, mulSite);
        return callValue(sumFn, [makeGen(f, sumFn, zip(zipFn, a, b, zipId)), start], null);
      }
    }
    const g = makeGen(f, sumFn, zip(zipFn, a, b, zipId));
    const start = startEv(f);
    at(id);
    return callValue(sumFn, [g, start], null);
  };
}

function zip(fn: PyValue, a: PyValue, b: PyValue, id: number): PyValue {
  at(id);
  return callValue(fn, [a, b], null);
}

/** The built-in zip type, which the fused loop stands for. */
const ZIP = builtinClass('zip');

function isBuiltin(v: PyValue, name: string): boolean {
  return v instanceof Builtin && v.name === name;
}

function itemsOf(v: PyValue): PyValue[] | null {
  if (Array.isArray(v)) return v as PyValue[];
  if (v instanceof PyTuple) return v.items;
  return null;
}

/** A list or tuple of built-in Values, as they are; null for anything else. */
function valuesOf(v: PyValue): Value[] | null {
  const items = itemsOf(v);
  if (items === null) return null;
  for (let i = 0; i < items.length; i++) if (!(items[i] instanceof Value)) return null;
  return items as Value[];
}

/**
 * The first min(n, length) items of a list or tuple of Values and floats (what Dot takes as
 * a weight's partner); null when that is empty or holds anything else.
 */
function inputsOf(v: PyValue, n: number): DotInput[] | null {
  const items = itemsOf(v);
  if (items === null) return null;
  const m = Math.min(n, items.length);
  if (m === 0) return null;
  const out = new Array<DotInput>(m);
  for (let i = 0; i < m; i++) {
    const x = items[i];
    if (x instanceof Value || typeof x === 'number') out[i] = x;
    else return null;
  }
  return out;
}

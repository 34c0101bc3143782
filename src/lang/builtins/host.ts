// Built-ins that show things in the editor: log (a point of a loss curve), draw (a compute
// graph), plot (a line chart) and boundary (a model's decision boundary over 2-D data).

import { Layer, MLP, Neuron, nodeBudget, Value } from '../../engine';
import { bindArgs, exactArgs } from '../runtime/args';
import { callValue } from '../runtime/call';
import { itemsOf } from '../runtime/iteration';
import { typeName } from '../runtime/repr';
import { fail, typeError } from '../runtime/state';
import { Builtin, type Kwargs, type PyValue } from '../runtime/values';
import type { BuiltinContext } from './context';
import { defineAll } from './core';
import { isGraphNode } from '../runtime/valueLike';

/** A number to show: a float, an int, or a Value's data. */
function shownNumber(fname: string, v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Value) return v.data;
  throw typeError(`${fname}() needs numbers or Values, not '${typeName(v)}'`);
}

function numbers(fname: string, v: PyValue): number[] {
  return itemsOf(v).map((x) => shownNumber(fname, x));
}

/** `log(value, name="loss")`: one point on the named curve. */
export function curveLog(ctx: BuiltinContext, args: PyValue[], kw: Kwargs): PyValue {
  const [value, name] = bindArgs('log', ['value', 'name'], 1, args, kw);
  const curve = name === undefined ? 'loss' : name;
  if (typeof curve !== 'string')
    throw typeError(`log(): name must be a str, not '${typeName(curve)}'`);
  ctx.host.log(curve, shownNumber('log', value as PyValue));
  return null;
}

/** The grid a decision boundary is drawn on. */
const GRID = 60;
/** Margin around the data, as micrograd's demo draws it (min - 1, max + 1). */
const MARGIN = 1;

function boundary(ctx: BuiltinContext, args: PyValue[], kw: Kwargs): PyValue {
  const [model, xsArg, ysArg] = bindArgs('boundary', ['model', 'xs', 'ys'], 3, args, kw);
  const rows = itemsOf(xsArg as PyValue).map((row) => numbers('boundary', row));
  const labels = numbers('boundary', ysArg as PyValue);
  if (rows.length === 0) throw fail('ValueError', 'boundary(): there are no points to draw');
  if (rows.length !== labels.length) {
    throw fail('ValueError', `boundary(): got ${rows.length} points but ${labels.length} labels`);
  }
  for (const r of rows) {
    if (r.length !== 2) {
      throw fail(
        'ValueError',
        `boundary() draws 2-D data: each point needs 2 coordinates, got ${r.length}`,
      );
    }
  }
  let [xMin, xMax, yMin, yMax] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [x, y] of rows) {
    xMin = Math.min(xMin, x);
    xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y);
    yMax = Math.max(yMax, y);
  }
  xMin -= MARGIN;
  xMax += MARGIN;
  yMin -= MARGIN;
  yMax += MARGIN;
  const score = scorer(model as PyValue);
  const scores: number[] = [];
  for (let j = 0; j < GRID; j++) {
    const y = yMin + ((yMax - yMin) * j) / (GRID - 1);
    for (let i = 0; i < GRID; i++) {
      const x = xMin + ((xMax - xMin) * i) / (GRID - 1);
      scores.push(score(x, y));
    }
  }
  ctx.host.boundary({
    xMin,
    xMax,
    yMin,
    yMax,
    nx: GRID,
    ny: GRID,
    scores,
    points: rows.map((r, i) => ({ x: r[0], y: r[1], label: labels[i] })),
  });
  return null;
}

/** The class score of one output: itself for one output, the winning index for several. */
function classScore(out: number | number[]): number {
  if (typeof out === 'number') return out;
  let best = 0;
  for (let i = 1; i < out.length; i++) if (out[i] > out[best]) best = i;
  return best;
}

/**
 * A module scores the grid with its number-only forward (no graph nodes); any other callable
 * is called on each point and the Values it builds are not counted against the node cap.
 */
function scorer(model: PyValue): (x: number, y: number) => number {
  if (model instanceof MLP || model instanceof Layer || model instanceof Neuron) {
    if (model.nin !== 2) {
      throw fail('ValueError', `boundary() needs a model of 2 inputs; this one takes ${model.nin}`);
    }
    return (x, y) => {
      const out = model.predict([x, y]);
      return classScore(out);
    };
  }
  return (x, y) => {
    const before = nodeBudget.count;
    const out = callValue(model, [[x, y]], null);
    nodeBudget.count = before;
    if (out instanceof Value) return out.data;
    if (typeof out === 'number') return out;
    if (Array.isArray(out)) return classScore(out.map((v) => shownNumber('boundary', v)));
    throw typeError(
      `boundary(): the model must return a Value or a number, not '${typeName(out)}'`,
    );
  };
}

export function hostBuiltins(ctx: BuiltinContext, into: Map<string, PyValue>): Builtin {
  const logCurve = new Builtin('log', (args, kw) => curveLog(ctx, args, kw));
  defineAll(into, [
    [
      'draw',
      (args, kw) => {
        exactArgs('draw', 1, args, kw);
        const v = args[0];
        if (!isGraphNode(v)) throw typeError(`draw() needs a Value, not '${typeName(v)}'`);
        ctx.host.draw(v);
        return null;
      },
    ],
    [
      'plot',
      (args, kw) => {
        const [a, b, name] = bindArgs('plot', ['xs', 'ys', 'name'], 1, args, kw);
        const label = name === undefined ? 'plot' : name;
        if (typeof label !== 'string')
          throw typeError(`plot(): name must be a str, not '${typeName(label)}'`);
        let xs: number[];
        let ys: number[];
        if (b === undefined || b === null) {
          ys = numbers('plot', a as PyValue);
          xs = ys.map((_, i) => i);
        } else {
          xs = numbers('plot', a as PyValue);
          ys = numbers('plot', b);
          if (xs.length !== ys.length) {
            throw fail(
              'ValueError',
              `plot(): got ${xs.length} xs but ${ys.length} ys; they must pair up`,
            );
          }
        }
        ctx.host.plot(label, xs, ys);
        return null;
      },
    ],
    ['boundary', (args, kw) => boundary(ctx, args, kw)],
  ]);
  return logCurve;
}

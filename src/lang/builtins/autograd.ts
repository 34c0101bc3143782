// The autograd built-ins: Value, backward, zero_grad, the modules (Neuron, Layer, MLP), the
// losses, softmax, the optimizers, and train — the whole training loop in one call.

import {
  ACTIVATIONS,
  Adam,
  bce,
  crossEntropy,
  hinge,
  isActivation,
  Layer,
  LOSS_NAMES,
  MLP,
  mse,
  Neuron,
  SGD,
  softmax,
  sse,
  train,
  Value,
  type Activation,
  type LossName,
} from '../../engine';
import type { Nested } from '../../engine/losses';
import { bindArgs, exactArgs, intArg } from '../runtime/args';
import { callValue, moduleInput } from '../runtime/call';
import { itemsOf } from '../runtime/iteration';
import { toFloat } from '../runtime/numbers';
import { repr, typeName } from '../runtime/repr';
import { fail, rt, typeError } from '../runtime/state';
import { PyTuple, type Kwargs, type PyValue } from '../runtime/values';
import type { BuiltinContext } from './context';
import { defineAll } from './core';
import { realArg } from './math';

type Module = Neuron | Layer | MLP;

function isModule(v: PyValue): v is Module {
  return v instanceof MLP || v instanceof Layer || v instanceof Neuron;
}

/** A loss argument: a number, a Value, or (nested) lists of them. */
function nested(fname: string, v: PyValue): Nested {
  if (typeof v === 'number' || v instanceof Value) return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return toFloat(v);
  if (Array.isArray(v) || v instanceof PyTuple) return itemsOf(v).map((x) => nested(fname, x));
  throw typeError(`${fname}() needs numbers, Values or lists of them, not '${typeName(v)}'`);
}

function scalars(fname: string, v: PyValue): (Value | number)[] {
  if (!Array.isArray(v) && !(v instanceof PyTuple)) {
    throw typeError(`${fname}() needs a list of numbers or Values, not '${typeName(v)}'`);
  }
  return moduleInput(v);
}

function activation(
  fname: string,
  what: string,
  v: PyValue | undefined,
  dflt: Activation,
): Activation {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'string' && isActivation(v)) return v;
  throw fail(
    'ValueError',
    `${fname}(): unknown ${what} ${repr(v)}: choose one of ${ACTIVATIONS.map((a) => `"${a}"`).join(', ')}`,
  );
}

function size(fname: string, what: string, v: PyValue): number {
  if (typeof v === 'number')
    throw typeError(`${fname}(): ${what} must be a whole number, not a float (${repr(v)})`);
  return Number(intArg(fname, what, v));
}

/** Parameters from a list of Values or a module. */
function parameterList(fname: string, v: PyValue): Value[] {
  if (isModule(v)) return v.parameters();
  const items = Array.isArray(v) || v instanceof PyTuple ? itemsOf(v) : null;
  if (items === null) {
    throw typeError(
      `${fname}() needs a list of Values (e.g. model.parameters()), not '${typeName(v)}'`,
    );
  }
  return items.map((p) => {
    if (!(p instanceof Value)) {
      throw typeError(`${fname}() needs a list of Values, but it holds a '${typeName(p)}'`);
    }
    return p;
  });
}

function zeroGradOf(v: PyValue): void {
  if (v instanceof Value) v.grad = 0;
  else if (isModule(v)) v.zeroGrad();
  else if (Array.isArray(v) || v instanceof PyTuple) for (const x of itemsOf(v)) zeroGradOf(x);
  else
    throw typeError(
      `zero_grad() needs a module, a Value or a list of Values, not '${typeName(v)}'`,
    );
}

function makeOptimizer(args: PyValue[], kw: Kwargs, kind: 'SGD' | 'Adam'): SGD | Adam {
  if (kind === 'SGD') {
    const [params, lr, momentum] = bindArgs('SGD', ['params', 'lr', 'momentum'], 1, args, kw);
    return new SGD(
      parameterList('SGD', params as PyValue),
      lr === undefined ? 0.01 : realArg('SGD', lr),
      momentum === undefined ? 0 : realArg('SGD', momentum),
    );
  }
  const [params, lr, betas, eps] = bindArgs('Adam', ['params', 'lr', 'betas', 'eps'], 1, args, kw);
  let b1 = 0.9;
  let b2 = 0.999;
  if (betas !== undefined) {
    const pair = Array.isArray(betas) || betas instanceof PyTuple ? itemsOf(betas) : null;
    if (pair === null || pair.length !== 2)
      throw typeError('Adam(): betas must be a pair, e.g. (0.9, 0.999)');
    b1 = realArg('Adam', pair[0]);
    b2 = realArg('Adam', pair[1]);
  }
  return new Adam(
    parameterList('Adam', params as PyValue),
    lr === undefined ? 0.001 : realArg('Adam', lr),
    b1,
    b2,
    eps === undefined ? 1e-8 : realArg('Adam', eps),
  );
}

function prediction(v: PyValue): Value | Value[] {
  if (v instanceof Value) return v;
  if (Array.isArray(v) && v.every((x) => x instanceof Value)) return v as Value[];
  throw typeError(
    `train(): the model must return a Value or a list of Values, not '${typeName(v)}'`,
  );
}

function runTrain(ctx: BuiltinContext, args: PyValue[], kw: Kwargs): PyValue {
  const [model, xsArg, ysArg, lossArg, optArg, stepsArg, lrArg, batchArg, everyArg] = bindArgs(
    'train',
    ['model', 'xs', 'ys', 'loss', 'optimizer', 'steps', 'lr', 'batch', 'every'],
    3,
    args,
    kw,
  );
  const m = model as PyValue;
  const forward = isModule(m)
    ? (x: readonly (Value | number)[]) => m.call(x)
    : (x: readonly (Value | number)[]) => prediction(callValue(m, [x.slice()], null));
  // Each input is a list of numbers or Values; a bare number is taken as a list of one.
  const xs = itemsOf(xsArg as PyValue).map((row) =>
    typeof row === 'number' ||
    typeof row === 'bigint' ||
    typeof row === 'boolean' ||
    row instanceof Value
      ? moduleInput([row])
      : moduleInput(row),
  );
  const ys = itemsOf(ysArg as PyValue).map((y) => nested('train', y));
  let loss: LossName | ((p: (Value | Value[])[], t: Nested[]) => Value);
  const l = lossArg ?? 'mse';
  if (typeof l === 'string') {
    if (!(LOSS_NAMES as readonly string[]).includes(l)) {
      throw fail(
        'ValueError',
        `train(): unknown loss ${repr(l)}: choose one of ${LOSS_NAMES.map((n) => `"${n}"`).join(', ')}, or pass a function`,
      );
    }
    loss = l as LossName;
  } else {
    loss = (preds, targets) => {
      const r = callValue(l, [preds.slice(), targets.slice() as PyValue[]], null);
      if (!(r instanceof Value))
        throw typeError(`train(): the loss function must return a Value, not '${typeName(r)}'`);
      return r;
    };
  }
  const lr = lrArg === undefined ? 0.05 : realArg('train', lrArg);
  const opt = optArg ?? null;
  let optimizer: SGD | Adam;
  if (opt instanceof SGD || opt instanceof Adam) optimizer = opt;
  else {
    if (!isModule(m)) {
      throw typeError(
        'train(): when the model is a function, pass an optimizer made with its parameters, e.g. optimizer=SGD(params, lr=0.1)',
      );
    }
    if (opt === null || opt === 'sgd') optimizer = new SGD(m.parameters(), lr);
    else if (opt === 'adam') optimizer = new Adam(m.parameters(), lr);
    else
      throw fail(
        'ValueError',
        `train(): unknown optimizer ${repr(opt)}: use "sgd", "adam" or an optimizer object`,
      );
  }
  const steps = stepsArg === undefined ? 100 : size('train', 'steps', stepsArg);
  const batch =
    batchArg === undefined || batchArg === null ? null : size('train', 'batch', batchArg);
  const every = everyArg === undefined ? 1 : size('train', 'every', everyArg);
  const site = rt.pos;
  const result = train(
    {
      forward,
      xs,
      ys,
      loss,
      optimizer,
      steps,
      batch,
      every,
      rng: ctx.rng,
      builtinModel: isModule(m),
    },
    {
      onStep: (step, total, value) => ctx.host.trainStep(step, total, value),
      onBackward: (report) => rt.reportBackward(report),
      shouldStop: () => {
        rt.pos = site;
        return ctx.mustStop();
      },
    },
  );
  if (result.stopped) ctx.stopNow();
  return result.losses;
}

export function autogradBuiltins(ctx: BuiltinContext, into: Map<string, PyValue>): void {
  defineAll(into, [
    [
      'Value',
      (args, kw) => {
        const [data, label] = bindArgs('Value', ['data', 'label'], 1, args, kw);
        const d = data as PyValue;
        if (d instanceof Value)
          throw typeError('Value() needs a number, not a Value (it already is one)');
        const x =
          typeof d === 'number' || typeof d === 'bigint' || typeof d === 'boolean'
            ? toFloat(d)
            : null;
        if (x === null) throw typeError(`Value() needs a number, not '${typeName(d)}'`);
        if (label !== undefined && label !== null && typeof label !== 'string') {
          throw typeError(`Value(): label must be a str, not '${typeName(label)}'`);
        }
        return new Value(x, label ?? '');
      },
    ],
    [
      'backward',
      (args, kw) => {
        exactArgs('backward', 1, args, kw);
        const v = args[0];
        if (!(v instanceof Value))
          throw typeError(`backward() needs a Value, not '${typeName(v)}'`);
        rt.backward(v);
        return null;
      },
    ],
    [
      'zero_grad',
      (args, kw) => {
        exactArgs('zero_grad', 1, args, kw);
        zeroGradOf(args[0]);
        return null;
      },
    ],
    [
      'Neuron',
      (args, kw) => {
        const [nin, act] = bindArgs('Neuron', ['nin', 'act'], 1, args, kw);
        return new Neuron(
          size('Neuron', 'nin', nin as PyValue),
          activation('Neuron', 'act', act, 'tanh'),
          ctx.rng,
        );
      },
    ],
    [
      'Layer',
      (args, kw) => {
        const [nin, nout, act] = bindArgs('Layer', ['nin', 'nout', 'act'], 2, args, kw);
        return new Layer(
          size('Layer', 'nin', nin as PyValue),
          size('Layer', 'nout', nout as PyValue),
          activation('Layer', 'act', act, 'tanh'),
          ctx.rng,
        );
      },
    ],
    [
      'MLP',
      (args, kw) => {
        const [nin, nouts, act, out] = bindArgs('MLP', ['nin', 'nouts', 'act', 'out'], 2, args, kw);
        const n = nouts as PyValue;
        if (!Array.isArray(n) && !(n instanceof PyTuple)) {
          throw typeError(
            `MLP(): the layer sizes must be a list, e.g. MLP(2, [16, 16, 1]), not '${typeName(n)}'`,
          );
        }
        const hidden = activation('MLP', 'act', act, 'tanh');
        return new MLP(
          size('MLP', 'nin', nin as PyValue),
          itemsOf(n).map((k) => size('MLP', 'layer size', k)),
          hidden,
          activation('MLP', 'out', out, hidden),
          ctx.rng,
        );
      },
    ],
    [
      'mse',
      (args, kw) => {
        const [p, t] = bindArgs('mse', ['pred', 'target'], 2, args, kw);
        return mse(nested('mse', p as PyValue), nested('mse', t as PyValue));
      },
    ],
    [
      'sse',
      (args, kw) => {
        const [p, t] = bindArgs('sse', ['pred', 'target'], 2, args, kw);
        return sse(nested('sse', p as PyValue), nested('sse', t as PyValue));
      },
    ],
    [
      'hinge',
      (args, kw) => {
        const [s, y] = bindArgs('hinge', ['scores', 'labels'], 2, args, kw);
        return hinge(nested('hinge', s as PyValue), nested('hinge', y as PyValue));
      },
    ],
    [
      'bce',
      (args, kw) => {
        const [p, t] = bindArgs('bce', ['prob', 'target'], 2, args, kw);
        return bce(nested('bce', p as PyValue), nested('bce', t as PyValue));
      },
    ],
    [
      'cross_entropy',
      (args, kw) => {
        const [logits, index] = bindArgs('cross_entropy', ['logits', 'index'], 2, args, kw);
        return crossEntropy(
          scalars('cross_entropy', logits as PyValue),
          Number(intArg('cross_entropy', 'index', index as PyValue)),
        );
      },
    ],
    [
      'softmax',
      (args, kw) => {
        exactArgs('softmax', 1, args, kw);
        return softmax(scalars('softmax', args[0]));
      },
    ],
    ['SGD', (args, kw) => makeOptimizer(args, kw, 'SGD')],
    ['Adam', (args, kw) => makeOptimizer(args, kw, 'Adam')],
    ['train', (args, kw) => runTrain(ctx, args, kw)],
  ]);
}

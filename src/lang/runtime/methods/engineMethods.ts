// Methods and attributes of the engine's objects as a program sees them: Value (micrograd's
// API plus the contract's extra functions), Neuron/Layer/MLP and the optimizers.

import { Adam, Layer, MLP, Neuron, SGD, Value, zeroGrad } from '../../../engine';
import { exactArgs } from '../args';
import { toFloat } from '../numbers';
import { typeName } from '../repr';
import { rt, typeError } from '../state';
import { PySet, PyTuple, type MethodImpl, type PyValue } from '../values';

type Module = Neuron | Layer | MLP;

const unaryMethod =
  (name: string, f: (v: Value) => Value): MethodImpl<Value> =>
  (self, args, kw) => {
    exactArgs(`Value.${name}`, 0, args, kw);
    return f(self);
  };

export const VALUE_METHODS = new Map<string, MethodImpl<Value>>([
  ['tanh', unaryMethod('tanh', (v) => v.tanh())],
  ['relu', unaryMethod('relu', (v) => v.relu())],
  ['exp', unaryMethod('exp', (v) => v.exp())],
  ['log', unaryMethod('log', (v) => v.log())],
  ['sigmoid', unaryMethod('sigmoid', (v) => v.sigmoid())],
  ['sqrt', unaryMethod('sqrt', (v) => v.sqrt())],
  ['sin', unaryMethod('sin', (v) => v.sin())],
  ['cos', unaryMethod('cos', (v) => v.cos())],
  ['abs', unaryMethod('abs', (v) => v.abs())],
  [
    'backward',
    (self, args, kw) => {
      exactArgs('Value.backward', 0, args, kw);
      rt.backward(self);
      return null;
    },
  ],
]);

/** A number stored into v.data / v.grad / opt.lr: a float (an int or bool is converted). */
export function floatAttribute(owner: string, name: string, v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return toFloat(v);
  if (v instanceof Value) {
    throw typeError(
      `${owner}.${name} must be a number, not a Value (use ${'x'}.data to get its number)`,
    );
  }
  throw typeError(`${owner}.${name} must be a number, not '${typeName(v)}'`);
}

export function valueAttribute(v: Value, name: string): PyValue | undefined {
  switch (name) {
    case 'data':
      return v.data;
    case 'grad':
      return v.grad;
    case 'label':
      return v.label;
    case 'op':
    case '_op':
      return v.op;
    case 'inputs':
      return v.inputs;
    case '_prev': {
      const s = new PySet();
      for (const x of v.inputs) s.map.set(x, x);
      return s;
    }
  }
  return undefined;
}

const moduleMethod =
  (name: string, f: (m: Module) => PyValue): MethodImpl<Module> =>
  (self, args, kw) => {
    exactArgs(`${typeName(self)}.${name}`, 0, args, kw);
    return f(self);
  };

export const MODULE_METHODS = new Map<string, MethodImpl<Module>>([
  ['parameters', moduleMethod('parameters', (m) => m.parameters())],
  [
    'zero_grad',
    moduleMethod('zero_grad', (m) => {
      m.zeroGrad();
      return null;
    }),
  ],
]);

export function moduleAttribute(m: Module, name: string): PyValue | undefined {
  if (m instanceof Neuron) {
    switch (name) {
      case 'w':
        return m.w;
      case 'b':
        return m.b;
      case 'nin':
        return BigInt(m.nin);
      case 'act':
        return m.act;
    }
  } else if (m instanceof Layer) {
    switch (name) {
      case 'neurons':
        return m.neurons;
      case 'nin':
        return BigInt(m.nin);
      case 'nout':
        return BigInt(m.nout);
      case 'act':
        return m.act;
    }
  } else {
    switch (name) {
      case 'layers':
        return m.layers;
      case 'sizes':
        return m.sizes.map((n) => BigInt(n));
      case 'nin':
        return BigInt(m.nin);
    }
  }
  return undefined;
}

type Optimizer = SGD | Adam;

export const OPTIMIZER_METHODS = new Map<string, MethodImpl<Optimizer>>([
  [
    'step',
    (self, args, kw) => {
      exactArgs(`${typeName(self)}.step`, 0, args, kw);
      self.step();
      return null;
    },
  ],
  [
    'zero_grad',
    (self, args, kw) => {
      exactArgs(`${typeName(self)}.zero_grad`, 0, args, kw);
      zeroGrad(self.params);
      return null;
    },
  ],
]);

export function optimizerAttribute(o: Optimizer, name: string): PyValue | undefined {
  switch (name) {
    case 'lr':
      return o.lr;
    case 'params':
      return o.params.slice();
  }
  if (o instanceof SGD) {
    if (name === 'momentum') return o.momentum;
  } else {
    if (name === 'betas') return new PyTuple([o.beta1, o.beta2]);
    if (name === 'eps') return o.eps;
  }
  return undefined;
}

/** Data attribute names of an engine object, for "did you mean" suggestions. */
export function engineAttributeNames(o: PyValue): string[] {
  if (o instanceof Value) return ['data', 'grad', 'label', 'op', 'inputs'];
  if (o instanceof Neuron) return ['w', 'b', 'nin', 'act'];
  if (o instanceof Layer) return ['neurons', 'nin', 'nout', 'act'];
  if (o instanceof MLP) return ['layers', 'sizes', 'nin'];
  if (o instanceof SGD) return ['lr', 'params', 'momentum'];
  if (o instanceof Adam) return ['lr', 'params', 'betas', 'eps'];
  return [];
}

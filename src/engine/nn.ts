// Neuron, Layer and MLP as in micrograd's nn.py: the same parameter order (for each layer,
// for each neuron, its weights then its bias), the same init (weights uniform in [-1, 1]
// drawn in that order, bias 0) and the same arithmetic order (b + w0·x0 + w1·x1 + …), so a
// seeded model computes micrograd's numbers. Each module owns a scope id; the Values its
// forward makes carry it, so a picture of a big graph can be grouped by neuron and layer.

import { EngineError, showNumber } from './errors';
import { dot } from './dot';
import { fusedMlpCall, mlpFusion } from './mlpNode';
import { setCurrentScope } from './site';
import { tape } from './tapeSwitch';
import { tanh } from './math';
import { sigmoidOf, Value } from './value';

export type Activation = 'tanh' | 'relu' | 'sigmoid' | 'linear';
export const ACTIVATIONS: readonly Activation[] = ['tanh', 'relu', 'sigmoid', 'linear'];

export type Input = Value | number;

/** What modules need of a random generator (the session's seeded one). */
export interface UniformSource {
  uniform(a: number, b: number): number;
}

export interface ScopeInfo {
  kind: 'mlp' | 'layer' | 'neuron';
  /** 0 for a module not inside another. */
  parent: number;
  label: string;
}

const scopes = new Map<number, ScopeInfo>();
let nextScope = 1;

function newScope(info: ScopeInfo): number {
  const id = nextScope++;
  scopes.set(id, info);
  return id;
}

/** The module a scope id names, for grouping graph pictures. */
export function scopeInfo(id: number): ScopeInfo | undefined {
  return scopes.get(id);
}

export function isActivation(name: string): name is Activation {
  return (ACTIVATIONS as readonly string[]).includes(name);
}

function activate(act: Activation, v: Value): Value {
  switch (act) {
    case 'tanh':
      return v.tanh();
    case 'relu':
      return v.relu();
    case 'sigmoid':
      return v.sigmoid();
    case 'linear':
      return v;
  }
}

function activateNumber(act: Activation, x: number): number {
  switch (act) {
    case 'tanh':
      return tanh(x);
    case 'relu':
      return x < 0 ? 0 : x;
    case 'sigmoid':
      return sigmoidOf(x);
    case 'linear':
      return x;
  }
}

const ACT_NAMES: Record<Activation, string> = {
  tanh: 'Tanh',
  relu: 'ReLU',
  sigmoid: 'Sigmoid',
  linear: 'Linear',
};

function checkSize(what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    // Sizes are counts: show a whole number as one (0, not 0.0).
    const shown = Number.isInteger(n) ? String(n) : showNumber(n);
    throw new EngineError('ValueError', `${what} must be a whole number ≥ 1, got ${shown}`);
  }
}

function checkInputs(module: string, expected: number, x: readonly Input[]): void {
  if (x.length !== expected) {
    throw new EngineError(
      'ValueError',
      `${module} expects ${expected} input${expected === 1 ? '' : 's'}, got a list of ${x.length}`,
    );
  }
}

export class Neuron {
  readonly w: Value[];
  readonly b: Value;
  readonly scope: number;

  constructor(
    readonly nin: number,
    readonly act: Activation,
    rng: UniformSource,
    parentScope = 0,
    label = `Neuron(${nin}, ${act})`,
  ) {
    checkSize('a neuron’s number of inputs', nin);
    this.scope = newScope({ kind: 'neuron', parent: parentScope, label });
    const previous = setCurrentScope(this.scope);
    try {
      this.w = [];
      for (let i = 0; i < nin; i++) this.w.push(new Value(rng.uniform(-1, 1)));
      this.b = new Value(0);
    } finally {
      setCurrentScope(previous);
    }
  }

  /** act(b + Σ wᵢ·xᵢ), summed in micrograd's order. */
  call(x: readonly Input[]): Value {
    checkInputs('this neuron', this.nin, x);
    const previous = setCurrentScope(this.scope);
    try {
      const w = this.w;
      let sum = this.b;
      if (tape.enabled) sum = dot(w, x, sum);
      else for (let i = 0; i < w.length; i++) sum = sum.add(w[i].mul(x[i]));
      return activate(this.act, sum);
    } finally {
      setCurrentScope(previous);
    }
  }

  /** The same arithmetic on plain numbers, making no graph nodes (decision boundaries). */
  predict(x: readonly number[]): number {
    const w = this.w;
    let sum = this.b.data;
    for (let i = 0; i < w.length; i++) sum += w[i].data * x[i];
    return activateNumber(this.act, sum);
  }

  parameters(): Value[] {
    return [...this.w, this.b];
  }

  zeroGrad(): void {
    for (const w of this.w) w.grad = 0;
    this.b.grad = 0;
  }

  toString(): string {
    return `${ACT_NAMES[this.act]}Neuron(${this.nin})`;
  }
}

export class Layer {
  readonly neurons: Neuron[];
  readonly scope: number;

  constructor(
    readonly nin: number,
    readonly nout: number,
    readonly act: Activation,
    rng: UniformSource,
    parentScope = 0,
    label = `Layer(${nin}, ${nout}, ${act})`,
    neuronLabel: (j: number) => string = (j) => `neuron ${j + 1}`,
  ) {
    checkSize('a layer’s number of inputs', nin);
    checkSize('a layer’s number of outputs', nout);
    this.scope = newScope({ kind: 'layer', parent: parentScope, label });
    this.neurons = [];
    for (let j = 0; j < nout; j++) {
      this.neurons.push(new Neuron(nin, act, rng, this.scope, neuronLabel(j)));
    }
  }

  /** A list of nout Values, or a single Value when nout is 1 (as micrograd). */
  call(x: readonly Input[]): Value | Value[] {
    checkInputs('this layer', this.nin, x);
    const outs = this.neurons.map((n) => n.call(x));
    return outs.length === 1 ? outs[0] : outs;
  }

  predict(x: readonly number[]): number[] {
    return this.neurons.map((n) => n.predict(x));
  }

  parameters(): Value[] {
    return this.neurons.flatMap((n) => n.parameters());
  }

  zeroGrad(): void {
    for (const n of this.neurons) n.zeroGrad();
  }

  toString(): string {
    return `Layer of [${this.neurons.map(String).join(', ')}]`;
  }
}

export class MLP {
  readonly layers: Layer[];
  /** nin followed by each layer's width: [2, 16, 16, 1]. */
  readonly sizes: number[];
  readonly scope: number;

  /** Hidden layers use `act`, the last layer `out` (micrograd's demo: relu, then linear). */
  constructor(
    nin: number,
    nouts: readonly number[],
    act: Activation,
    out: Activation,
    rng: UniformSource,
  ) {
    checkSize('an MLP’s number of inputs', nin);
    if (nouts.length === 0) {
      throw new EngineError(
        'ValueError',
        'an MLP needs at least one layer size, e.g. MLP(2, [16, 1])',
      );
    }
    this.sizes = [nin, ...nouts];
    this.scope = newScope({ kind: 'mlp', parent: 0, label: `MLP ${this.sizes.join(' → ')}` });
    this.layers = [];
    for (let i = 0; i < nouts.length; i++) {
      const last = i === nouts.length - 1;
      const layerAct = last ? out : act;
      this.layers.push(
        new Layer(
          this.sizes[i],
          nouts[i],
          layerAct,
          rng,
          this.scope,
          `layer ${i + 1} (${nouts[i]} ${layerAct})`,
          (j) => `neuron ${i + 1}.${j + 1}`,
        ),
      );
    }
  }

  get nin(): number {
    return this.sizes[0];
  }

  call(x: readonly Input[]): Value | Value[] {
    checkInputs('this MLP', this.nin, x);
    if (tape.enabled && !mlpFusion.suspended) {
      const fused = fusedMlpCall(this, x);
      if (fused !== null) return fused;
    }
    let h: Value | Value[] = this.layers[0].call(x);
    for (let i = 1; i < this.layers.length; i++) {
      h = this.layers[i].call(h instanceof Value ? [h] : h);
    }
    return h;
  }

  /** The forward pass on plain numbers; a single number when the last layer has one neuron. */
  predict(x: readonly number[]): number | number[] {
    let h = x;
    for (const layer of this.layers) h = layer.predict(h);
    return h.length === 1 ? h[0] : [...h];
  }

  parameters(): Value[] {
    return this.layers.flatMap((l) => l.parameters());
  }

  zeroGrad(): void {
    for (const l of this.layers) l.zeroGrad();
  }

  toString(): string {
    return `MLP of [${this.layers.map(String).join(', ')}]`;
  }
}

export type Module = Neuron | Layer | MLP;

/**
 * A copy of module `m` for Python's copy module. `deep`: a new module all the way down, each
 * parameter replaced by what `param` gives for it (deepcopy's copy of it, so a Value the
 * program also holds elsewhere is copied once), under scopes of its own. Otherwise the new
 * module shares its parts (its layers, neurons or weights) with `m`, as copy.copy of a
 * program's class shares the attributes.
 */
export function cloneModule<M extends Module>(
  m: M,
  deep: { param: (v: Value) => Value } | null,
  parentScope = 0,
): M {
  const copy = Object.create(Object.getPrototypeOf(m) as object) as Record<string, unknown>;
  Object.assign(copy, m);
  if (deep === null) return copy as M;
  const info = scopes.get(m.scope);
  const scope = newScope({
    kind: info?.kind ?? 'mlp',
    parent: parentScope,
    label: info?.label ?? String(m),
  });
  copy.scope = scope;
  if (m instanceof Neuron) {
    copy.w = m.w.map(deep.param);
    copy.b = deep.param(m.b);
  } else if (m instanceof Layer) {
    copy.neurons = m.neurons.map((n) => cloneModule(n, deep, scope));
  } else {
    copy.sizes = m.sizes.slice();
    copy.layers = (m as MLP).layers.map((l) => cloneModule(l, deep, scope));
  }
  return copy as M;
}

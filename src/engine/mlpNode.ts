// A built-in MLP's forward on one input, `model(x)`, as one node instead of micrograd's graph of
// every neuron's `*`/`+` chain and activation (about 700 nodes for the demo's MLP(2, [16, 16, 1]),
// 65 with fused neurons): a training step then makes about a hundred nodes where it made seven
// thousand, and its backward walks typed arrays. The numbers are micrograd's bit for bit: the
// forward computes each neuron as dot.ts does, in the same order; backward (mlpChain.ts) adds
// each input's share in the order the unfused graph's reverse walk would.
//
// Nobody sees the fusion: when the graph is looked at (`_prev`, `inputs`, a picture, a
// topological sort), the node expands into the very graph micrograd builds, with the data it had
// at forward time and the grads backward passes gave it, placed in the creation order (as dot.ts's
// chains are). Only an MLP whose last layer has one neuron is fused: its output is one Value.

import { nodeBudget } from './budget';
import { tanh } from './math';
import { expandMlp, mlpOpName } from './mlpChain';
import { mlpLayout, type MlpPlan } from './mlpPlan';
import type { Activation, Input, MLP } from './nn';
import { Op, sigmoidOf, Value } from './value';

export class MlpNode extends Value {
  /** Null once expanded, as are the fields below. */
  plan: MlpPlan | null;
  /** The parameters' data at forward time (shared by the calls that saw the same data). */
  snap: Float64Array | null;
  /** The inputs, as they were at forward time. */
  x: Input[] | null;
  /** See mlpLayout. */
  f: Float64Array | null;

  constructor(data: number, plan: MlpPlan, snap: Float64Array, x: Input[], f: Float64Array) {
    // `a` holds the output neuron's bias so that the node is no leaf; the inputs are in the plan.
    super(data, '', Op.Mlp, plan.params[plan.params.length - 1], null);
    this.plan = plan;
    this.snap = snap;
    this.x = x;
    this.f = f;
    this.scope = plan.scopes[plan.neurons - 1];
  }

  override get op(): string {
    return this.code === Op.Mlp ? mlpOpName(this) : super.op;
  }

  override get inputs(): Value[] {
    if (this.code === Op.Mlp) expandMlp(this, 'now');
    return super.inputs;
  }
}

/** train() turns the fusion off for the step it records (replay.ts records fused neurons). */
export const mlpFusion = { suspended: false };

interface Cache {
  plan: MlpPlan;
  snap: Float64Array | null;
}

const caches = new WeakMap<MLP, Cache>();

/** The plan of a regular MLP (every list as the constructor made it), or null. */
function buildPlan(mlp: MLP): MlpPlan | null {
  const layers = mlp.layers;
  if (layers.length === 0) return null;
  const firstNeuron = new Int32Array(layers.length + 1);
  const acts: Activation[] = [];
  const nIn: number[] = [];
  const paramStart: number[] = [];
  const scopes: number[] = [];
  const params: Value[] = [];
  const neuronRefs: object[] = [];
  let width = mlp.nin;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l];
    const neurons = layer.neurons;
    if (layer.nin !== width || neurons.length === 0) return null;
    firstNeuron[l] = neuronRefs.length;
    acts.push(layer.act);
    for (const neuron of neurons) {
      const w = neuron.w;
      if (neuron.nin !== width || neuron.act !== layer.act || w.length !== width) return null;
      nIn.push(width);
      paramStart.push(params.length);
      scopes.push(neuron.scope);
      for (const wi of w) {
        if (!(wi instanceof Value)) return null;
        params.push(wi);
      }
      if (!(neuron.b instanceof Value)) return null;
      params.push(neuron.b);
      neuronRefs.push(neuron);
    }
    width = neurons.length;
  }
  if (width !== 1) return null;
  firstNeuron[layers.length] = neuronRefs.length;
  return {
    nin: mlp.nin,
    neurons: neuronRefs.length,
    firstNeuron,
    acts,
    nIn: Int32Array.from(nIn),
    paramStart: Int32Array.from(paramStart),
    scopes: Int32Array.from(scopes),
    params,
    layerRefs: [...layers],
    neuronRefs,
  };
}

/** Whether the model still has the plan's modules and parameters (a program may swap them). */
function planFits(plan: MlpPlan, mlp: MLP): boolean {
  const layers = mlp.layers;
  if (layers.length !== plan.layerRefs.length) return false;
  const { params, nIn, neuronRefs } = plan;
  let j = 0;
  let k = 0;
  for (let l = 0; l < layers.length; l++) {
    const layer = layers[l];
    if (layer !== plan.layerRefs[l]) return false;
    const neurons = layer.neurons;
    if (neurons.length !== plan.firstNeuron[l + 1] - plan.firstNeuron[l]) return false;
    for (let q = 0; q < neurons.length; q++, j++) {
      const neuron = neurons[q];
      if (neuron !== neuronRefs[j]) return false;
      const w = neuron.w;
      if (w.length !== nIn[j]) return false;
      for (let i = 0; i < w.length; i++) if (w[i] !== params[k++]) return false;
      if (neuron.b !== params[k++]) return false;
    }
  }
  return true;
}

/** Same bits (0 and -0 differ, every NaN is the same). */
function same(x: number, y: number): boolean {
  return x === y ? x !== 0 || 1 / x === 1 / y : x !== x && y !== y;
}

/**
 * mlp(x) as one node; null where the model is not one the fusion handles (the caller then
 * runs the ordinary forward). x has mlp.nin entries (the caller checked).
 */
export function fusedMlpCall(mlp: MLP, x: readonly Input[]): Value | null {
  let cache = caches.get(mlp);
  if (cache === undefined || !planFits(cache.plan, mlp)) {
    const plan = buildPlan(mlp);
    if (plan === null) return null;
    cache = { plan, snap: null };
    caches.set(mlp, cache);
  }
  const plan = cache.plan;
  const params = plan.params;
  const pending = nodeBudget.pendingMark;
  let touched = false;
  let snap = cache.snap;
  for (let k = 0; k < params.length; k++) {
    const p = params[k];
    if (p.mark === pending) touched = true;
    if (snap !== null && !same(snap[k], p.data)) snap = null;
  }
  if (snap === null) {
    snap = new Float64Array(params.length);
    for (let k = 0; k < params.length; k++) snap[k] = params[k].data;
    cache.snap = snap;
  }
  const nin = plan.nin;
  const layout = mlpLayout(plan);
  const f = new Float64Array(layout.size);
  const xs: Input[] = new Array<Input>(nin);
  for (let i = 0; i < nin; i++) {
    const xi = x[i];
    xs[i] = xi;
    if (typeof xi === 'number') f[i] = xi;
    else {
      f[i] = xi.data;
      if (xi.mark === pending) touched = true;
    }
  }
  // Building on a node the last backward pass did not reach keeps such nodes counted (budget.ts).
  if (touched) nodeBudget.touched = true;
  forward(plan, snap, f, layout.pre, layout.post);
  return new MlpNode(f[layout.post + plan.neurons - 1], plan, snap, xs, f);
}

/** Each neuron as dot.ts computes it (b, then + wᵢ·xᵢ in order), then its activation. */
function forward(plan: MlpPlan, snap: Float64Array, f: Float64Array, pre: number, post: number) {
  const { firstNeuron, acts, nIn, paramStart } = plan;
  for (let l = 0; l < acts.length; l++) {
    const act = acts[l];
    const inOff = l === 0 ? 0 : post + firstNeuron[l - 1];
    for (let j = firstNeuron[l], end = firstNeuron[l + 1]; j < end; j++) {
      const ps = paramStart[j];
      const n = nIn[j];
      let sum = snap[ps + n];
      for (let i = 0; i < n; i++) sum = sum + snap[ps + i] * f[inOff + i];
      f[pre + j] = sum;
      f[post + j] = activated(act, sum);
    }
  }
}

/** value.ts's forward of each activation. */
function activated(act: Activation, x: number): number {
  switch (act) {
    case 'relu':
      return x < 0 ? 0 : x;
    case 'tanh':
      return tanh(x);
    case 'sigmoid':
      return sigmoidOf(x);
    case 'linear':
      return x;
  }
}

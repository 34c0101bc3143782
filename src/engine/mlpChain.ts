// What backward.ts needs of a fused `model(x)` node (mlpNode.ts): its inputs in the order the
// unfused graph's reverse walk first meets them, its backward in that walk's order (so that every
// adjoint is a sum in the same order, bit for bit), and its expansion into micrograd's graph.
//
// The unfused graph of one call, in creation order: for each layer, for each neuron, the chain
// w₀·x₀, b + w₀·x₀, w₁·x₁, … (dotChain.ts) then its activation (none for 'linear'). The walk goes
// back from the output: neurons in reverse, each activation, then its chain (dotBackward's order:
// wₙ₋₁, xₙ₋₁, …, w₁, x₁, b, w₀, x₀).

import { inArena } from './creationOrder';
import { placeExpansion } from './dotChain';
import type { MlpNode } from './mlpNode';
import { mlpLayout, type MlpPlan } from './mlpPlan';
import type { Activation, Input } from './nn';
import { Op, Value } from './value';

export function isMlp(v: Value): v is MlpNode {
  return v.code === Op.Mlp;
}

function actOp(act: Exclude<Activation, 'linear'>): Op {
  switch (act) {
    case 'relu':
      return Op.Relu;
    case 'tanh':
      return Op.Tanh;
    case 'sigmoid':
      return Op.Sigmoid;
  }
}

function outputAct(plan: MlpPlan): Activation {
  return plan.acts[plan.acts.length - 1];
}

/** The op the node shows (that of the output neuron's last node). */
export function mlpOpName(d: MlpNode): string {
  switch (outputAct(d.plan!)) {
    case 'relu':
      return 'ReLU';
    case 'tanh':
      return 'tanh';
    case 'sigmoid':
      return 'sigmoid';
    case 'linear':
      return '+';
  }
}

/** The inputs (parameters, input Values) in the order the reverse walk first meets them. */
export function mlpInputs(d: MlpNode, out: Value[]): number {
  const { firstNeuron, nIn, paramStart, params } = d.plan!;
  const x = d.x!;
  let k = 0;
  for (let l = firstNeuron.length - 2; l >= 0; l--) {
    for (let j = firstNeuron[l + 1] - 1; j >= firstNeuron[l]; j--) {
      const ps = paramStart[j];
      const n = nIn[j];
      for (let i = n - 1; i >= 1; i--) {
        out[k++] = params[ps + i];
        if (l === 0 && typeof x[i] !== 'number') out[k++] = x[i] as Value;
      }
      out[k++] = params[ps + n];
      out[k++] = params[ps];
      if (l === 0 && typeof x[0] !== 'number') out[k++] = x[0] as Value;
    }
  }
  return k;
}

/** value.ts's local gradient of an activation whose output is t, times g. */
function actBackward(act: Activation, t: number, g: number): number {
  switch (act) {
    case 'relu':
      return t > 0 ? g : 0;
    case 'tanh':
      return (1 - t * t) * g;
    case 'sigmoid':
      return t * (1 - t) * g;
    case 'linear':
      return g;
  }
}

/**
 * Adds g times the local gradients to the inputs' adjoints (`adj`, by slot; each input reached),
 * keeping this pass's adjoints of the inner nodes in the node (`commitMlp` adds them up).
 */
export function mlpBackward(d: MlpNode, g: number, adj: Float64Array): void {
  const plan = d.plan!;
  const { firstNeuron, acts, nIn, paramStart, params } = plan;
  const x = d.x!;
  const f = d.f!;
  const m = plan.neurons;
  const { post, passAdj } = mlpLayout(plan);
  const postAdj = passAdj + m;
  f.fill(0, passAdj, passAdj + 2 * m);
  const last = m - 1;
  const outAct = outputAct(plan);
  f[postAdj + last] = g;
  // An inner node's adjoint starts at 0 when the walk first reaches it, then adds up.
  f[passAdj + last] = outAct === 'linear' ? g : 0 + actBackward(outAct, d.data, g);
  for (let l = acts.length - 1; l >= 0; l--) {
    const act = acts[l];
    const inData = l === 0 ? 0 : post + firstNeuron[l - 1];
    const inAdj = l === 0 ? 0 : postAdj + firstNeuron[l - 1];
    for (let j = firstNeuron[l + 1] - 1; j >= firstNeuron[l]; j--) {
      if (j !== last) {
        const gp = f[postAdj + j];
        f[passAdj + j] = act === 'linear' ? gp : 0 + actBackward(act, f[post + j], gp);
      }
      const gpre = f[passAdj + j];
      const ps = paramStart[j];
      const n = nIn[j];
      for (let i = n - 1; i >= 0; i--) {
        if (i === 0) adj[params[ps + n].slot] += gpre;
        const w = params[ps + i];
        if (l > 0) {
          adj[w.slot] += f[inData + i] * gpre;
          f[inAdj + i] += w.data * gpre;
          continue;
        }
        const xi = x[i];
        if (typeof xi === 'number') adj[w.slot] += xi * gpre;
        else {
          adj[w.slot] += xi.data * gpre;
          adj[xi.slot] += w.data * gpre;
        }
      }
    }
  }
}

/** Adds (or with `replace`, sets) the pass's adjoints of the inner nodes to their grads. */
export function commitMlp(d: MlpNode, replace: boolean): void {
  const plan = d.plan!;
  const f = d.f!;
  const { passAdj, grads } = mlpLayout(plan);
  for (let k = 0, n = 2 * plan.neurons; k < n; k++) {
    f[grads + k] = replace ? f[passAdj + k] : f[grads + k] + f[passAdj + k];
  }
}

/**
 * The nodes whose adjoint in the last pass is NaN or infinite, nearest the output first (d
 * itself, with adjoint g, then the expanded graph's nodes in reverse creation order), at most
 * `limit`; expands d (without placing it: the caller forgets the creation order) if any.
 */
export function mlpNonFinite(d: MlpNode, g: number, limit: number): Value[] {
  const plan = d.plan!;
  const f = d.f!;
  const { passAdj } = mlpLayout(plan);
  const m = plan.neurons;
  let any = g - g !== 0;
  for (let k = 0; k < 2 * m && !any; k++) any = f[passAdj + k] - f[passAdj + k] !== 0;
  if (!any || limit <= 0) return [];
  const adjoints = f.slice(passAdj, passAdj + 2 * m);
  const tags: number[] = [];
  const nodes = buildGraph(d, tags);
  const found: Value[] = [];
  if (g - g !== 0) found.push(d);
  for (let i = nodes.length - 1; i >= 0 && found.length < limit; i--) {
    const a = adjoints[tags[i]];
    if (a - a !== 0) found.push(nodes[i]);
  }
  return found.slice(0, limit);
}

/** A node of the expanded graph: made as a constant is, outside the budget and the arena. */
function innerNode(
  code: Op,
  data: number,
  a: Value,
  b: Input | null,
  site: number,
  scope: number,
  grad: number,
): Value {
  // A Const is the one kind of node the constructor leaves out of the arena and the budget
  // (placeExpansions counts and places these); it gets its real op code right after.
  const v = new Value(data, '', Op.Const, a, b);
  v.code = code;
  v.site = site;
  v.scope = scope;
  v.grad = grad;
  return v;
}

/**
 * Turns d into micrograd's graph of the call, d itself being the output neuron's last node;
 * returns the other nodes in creation order. With `tags`, fills it with each node's index in
 * the layout's pairs (j: neuron j's chain, neurons + j: its activation).
 */
function buildGraph(d: MlpNode, tags: number[] | null): Value[] {
  const plan = d.plan!;
  const { firstNeuron, acts, nIn, paramStart, params, scopes } = plan;
  const snap = d.snap!;
  const x = d.x!;
  const f = d.f!;
  const m = plan.neurons;
  const { pre, post, grads } = mlpLayout(plan);
  const site = d.site;
  const nodes: Value[] = [];
  const outputs: Value[] = new Array<Value>(m);
  const push = (v: Value, tag: number): void => {
    nodes.push(v);
    tags?.push(tag);
  };
  for (let l = 0; l < acts.length; l++) {
    const act = acts[l];
    const inData = l === 0 ? 0 : post + firstNeuron[l - 1];
    for (let j = firstNeuron[l]; j < firstNeuron[l + 1]; j++) {
      const ps = paramStart[j];
      const n = nIn[j];
      const scope = scopes[j];
      const gpre = f[grads + j];
      const isOutput = j === m - 1;
      let s: Value = params[ps + n];
      let sum = snap[ps + n];
      let sumNode: Value = s;
      for (let i = 0; i < n; i++) {
        const xi: Input = l === 0 ? x[i] : outputs[firstNeuron[l - 1] + i];
        const p = snap[ps + i] * f[inData + i];
        const code = typeof xi === 'number' ? Op.MulK : Op.Mul;
        const mul = innerNode(code, p, params[ps + i], xi, site, scope, gpre);
        push(mul, j);
        if (i < n - 1) {
          sum = sum + p;
          s = innerNode(Op.Add, sum, s, mul, site, scope, gpre);
          push(s, j);
        } else if (isOutput && act === 'linear') {
          d.code = Op.Add;
          d.a = s;
          d.b = mul;
          sumNode = d;
        } else {
          sumNode = innerNode(Op.Add, f[pre + j], s, mul, site, scope, gpre);
          push(sumNode, j);
        }
      }
      if (act === 'linear') outputs[j] = sumNode;
      else if (isOutput) {
        d.code = actOp(act);
        d.a = sumNode;
        d.b = null;
      } else {
        outputs[j] = innerNode(
          actOp(act),
          f[post + j],
          sumNode,
          null,
          site,
          scope,
          f[grads + m + j],
        );
        push(outputs[j], m + j);
      }
    }
  }
  d.plan = null;
  d.snap = null;
  d.x = null;
  d.f = null;
  return nodes;
}

/**
 * Turns d into micrograd's graph of the call. Its nodes go into the creation order before d:
 * `now`, once the caller has expanded everything it needs (`queue`, then dotChain.ts's
 * `placeQueuedExpansions`), or not at all (`never`).
 */
export function expandMlp(d: MlpNode, place: 'now' | 'queue' | 'never'): void {
  const nodes = buildGraph(d, null);
  if (place === 'never' || !inArena(d)) return;
  placeExpansion({ at: d, nodes }, place);
}

// The flattened shape of a built-in MLP that mlpNode.ts fuses, and where each number sits in a
// fused node's array. Apart from value.ts so that backward.ts can use it while value.ts loads.

import type { Activation } from './nn';
import type { Value } from './value';

/** An MLP's shape and parameters, flattened once and checked against the model at each call. */
export interface MlpPlan {
  readonly nin: number;
  /** Neurons in all layers; the last one is the output. */
  readonly neurons: number;
  /** Per layer: its first neuron (one more entry: the total), its activation. */
  readonly firstNeuron: Int32Array;
  readonly acts: readonly Activation[];
  /** Per neuron: its number of inputs, where its weights start in `params` (its bias follows). */
  readonly nIn: Int32Array;
  readonly paramStart: Int32Array;
  readonly scopes: Int32Array;
  /** Each neuron's weights then its bias: micrograd's parameter order. */
  readonly params: readonly Value[];
  /** The modules the plan was made from, to notice a list changed by the program. */
  readonly layerRefs: readonly object[];
  readonly neuronRefs: readonly object[];
}

/**
 * The node's numbers, one array per forward: the inputs' data, each neuron's pre-activation and
 * activation (forward time), then this pass's adjoints and the summed grads of the same two.
 */
export function mlpLayout(plan: MlpPlan): {
  pre: number;
  post: number;
  passAdj: number;
  grads: number;
  size: number;
} {
  const m = plan.neurons;
  const pre = plan.nin;
  return {
    pre,
    post: pre + m,
    passAdj: pre + 2 * m,
    grads: pre + 4 * m,
    size: pre + 6 * m,
  };
}

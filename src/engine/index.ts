// The engine's public surface, for the language and for programs written in TypeScript.
export { Value, sigmoidOf } from './value';
export { cloneNode, operandsOf } from './cloneValue';
export {
  backward,
  topologicalOrder,
  zeroGrad,
  zeroGraphGrads,
  type BackwardReport,
} from './backward';
export { willWriteData, withPassData } from './passData';
export { EngineError, type EngineErrorKind } from './errors';
export { nodeBudget, resetNodeBudget } from './budget';
export { forgetCreationOrder } from './creationOrder';
export { setInterruptCheck } from './interrupt';
export { setCurrentSite, getCurrentSite, setCurrentScope, getCurrentScope } from './site';
export {
  Neuron,
  Layer,
  MLP,
  cloneModule,
  ACTIVATIONS,
  isActivation,
  scopeInfo,
  type Activation,
  type Module,
  type ScopeInfo,
} from './nn';
export { mse, sse, hinge, bce, crossEntropy, softmax, sumValues } from './losses';
export { SGD, Adam, type Optimizer } from './optim';
export {
  train,
  lossFunction,
  LOSS_NAMES,
  type LossName,
  type TrainOptions,
  type TrainHooks,
  type TrainResult,
} from './train';
export { Random, type RandomState } from './random';
export { moons, circles, blobs, xor, spiral, linspace, MAX_POINTS, type Dataset } from './datasets';

// Optimizers with PyTorch's update formulas (torch.optim.SGD and torch.optim.Adam), so that
// a run can be checked against PyTorch's numbers. With momentum 0, SGD is micrograd's
// `p.data -= lr * p.grad` exactly.

import { EngineError, showNumber } from './errors';
import { willWriteData } from './passData';
import type { Value } from './value';

function checkRate(name: string, x: number, low: number, high: number): void {
  if (!(x >= low && x <= high)) {
    throw new EngineError(
      'ValueError',
      `${name} must be between ${showNumber(low)} and ${showNumber(high)}, got ${showNumber(x)}`,
    );
  }
}

export class SGD {
  private readonly velocity: Float64Array;
  private steps = 0;

  constructor(
    readonly params: readonly Value[],
    public lr = 0.01,
    readonly momentum = 0,
  ) {
    checkRate('momentum', momentum, 0, 1);
    this.velocity = new Float64Array(params.length);
  }

  step(): void {
    const { params, lr, momentum, velocity } = this;
    if (momentum === 0) {
      for (const p of params) {
        willWriteData(p);
        p.data -= lr * p.grad;
      }
      return;
    }
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      // torch: buf = momentum * buf + g (buf = g on the first step); p -= lr * buf
      velocity[i] = this.steps === 0 ? p.grad : momentum * velocity[i] + p.grad;
      willWriteData(p);
      p.data -= lr * velocity[i];
    }
    this.steps += 1;
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad = 0;
  }

  toString(): string {
    return `SGD(lr=${showNumber(this.lr)}, momentum=${showNumber(this.momentum)})`;
  }
}

export class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private t = 0;

  constructor(
    readonly params: readonly Value[],
    public lr = 0.001,
    readonly beta1 = 0.9,
    readonly beta2 = 0.999,
    readonly eps = 1e-8,
  ) {
    checkRate('beta1', beta1, 0, 1);
    checkRate('beta2', beta2, 0, 1);
    this.m = new Float64Array(params.length);
    this.v = new Float64Array(params.length);
  }

  step(): void {
    const { params, lr, beta1, beta2, eps, m, v } = this;
    this.t += 1;
    const bias1 = 1 - beta1 ** this.t;
    const bias2 = 1 - beta2 ** this.t;
    const stepSize = lr / bias1;
    const bias2Sqrt = Math.sqrt(bias2);
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      const g = p.grad;
      // torch.optim.Adam (single tensor, no amsgrad, no weight decay)
      m[i] = m[i] * beta1 + (1 - beta1) * g;
      v[i] = v[i] * beta2 + (1 - beta2) * g * g;
      const denom = Math.sqrt(v[i]) / bias2Sqrt + eps;
      // addcdiv_(m, denom, value=-step_size) computes (value * m) / denom
      willWriteData(p);
      p.data += (-stepSize * m[i]) / denom;
    }
  }

  zeroGrad(): void {
    for (const p of this.params) p.grad = 0;
  }

  toString(): string {
    return `Adam(lr=${showNumber(this.lr)}, betas=(${showNumber(this.beta1)}, ${showNumber(this.beta2)}), eps=${this.eps})`;
  }
}

export type Optimizer = SGD | Adam;

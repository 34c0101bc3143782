// A scalar Value and its operations, after micrograd's engine.py: each op is its forward
// (a function that makes the output node) next to its local backward (a function that adds
// ∂out/∂input · g to each input's adjoint). Differences from micrograd, all for speed or
// correctness, none for the numbers:
// - an op code and one `propagate` switch instead of a closure per node;
// - a number operand (`x * 2`, `1 - x`) is kept in the node (field `b`), not made a Value,
//   until someone asks for `inputs`;
// - gradients are computed afresh per backward pass into a separate adjoint array (see
//   backward.ts), so a stale grad left in an intermediate node is never propagated;
// - nodes enter a creation-ordered arena (creationOrder.ts), backward's topological order;
// - math errors are those of the same function on plain numbers (Python's math module):
//   exp(1000) is a range error with a Value as with a number, never a silent inf.

import { nodeBudget, overBudget } from './budget';
import { enterArena } from './creationOrder';
import { EngineError, showNumber } from './errors';
import { getCurrentScope, getCurrentSite } from './site';
import { backward, type BackwardReport } from './backward';
import * as correctlyRounded from './math';

export const enum Op {
  Leaf,
  Const,
  Add,
  AddK,
  Sub,
  SubK,
  RSubK,
  Mul,
  MulK,
  Div,
  DivK,
  RDivK,
  Pow,
  PowK,
  RPowK,
  Neg,
  Tanh,
  Relu,
  Exp,
  Log,
  Sigmoid,
  Sqrt,
  Sin,
  Cos,
  Abs,
  /** b + Σ wᵢ·xᵢ in one node (dot.ts); it becomes micrograd's `*`/`+` chain when looked at. */
  Dot,
  /** A built-in MLP's forward on one input in one node (mlpNode.ts); expands when looked at. */
  Mlp,
}

export class Value {
  data: number;
  grad = 0;
  /** @internal the operation that made this Value */
  code: Op;
  /** @internal first input, or null for a leaf */
  a: Value | null;
  /** @internal second input: a Value, the number operand of a `…K` op, or null */
  b: Value | number | null;
  label: string;
  /** Where the Value was made: an id the language can map back to a source position. */
  site: number;
  /** The module (neuron) whose forward made it, 0 outside any module. */
  scope: number;
  /** @internal bookkeeping of the passes over the graph, see backward.ts and budget.ts */
  mark = 0;
  /** @internal index in the arena while there (creationOrder.ts), else in the current pass */
  slot = 0;

  constructor(
    data: number,
    label = '',
    code: Op = Op.Leaf,
    a: Value | null = null,
    b: Value | number | null = null,
  ) {
    this.data = data;
    this.code = code;
    this.a = a;
    this.b = b;
    this.label = label;
    this.site = getCurrentSite();
    this.scope = getCurrentScope();
    // A constant shown for a number operand is not a new node of the program's making, and
    // being made after the node that uses it, it could not take part in the creation order.
    if (code !== Op.Const) {
      if (++nodeBudget.count > nodeBudget.limit) overBudget();
      enterArena(this);
    }
  }

  /** micrograd's `_op`: '' for a leaf, else '+', '*', '**2', 'tanh', 'ReLU', … */
  get op(): string {
    return opName(this);
  }

  /** micrograd's `_prev`, in operand order. Number operands become constant Values here. */
  get inputs(): Value[] {
    materializeConstant(this);
    const { a, b } = this;
    if (a === null) return [];
    return b instanceof Value ? [a, b] : [a];
  }

  get isLeaf(): boolean {
    return this.a === null;
  }

  /** A number that took part in an op, shown as a constant node (micrograd makes it a Value). */
  get isConstant(): boolean {
    return this.code === Op.Const;
  }

  add(o: Value | number): Value {
    return typeof o === 'number' ? addK(this, o) : add(this, o);
  }
  sub(o: Value | number): Value {
    return typeof o === 'number' ? subK(this, o) : sub(this, o);
  }
  /** k - this */
  rsub(k: number): Value {
    return rsubK(k, this);
  }
  mul(o: Value | number): Value {
    return typeof o === 'number' ? mulK(this, o) : mul(this, o);
  }
  div(o: Value | number): Value {
    return typeof o === 'number' ? divK(this, o) : div(this, o);
  }
  /** k / this */
  rdiv(k: number): Value {
    return rdivK(k, this);
  }
  pow(o: Value | number): Value {
    return typeof o === 'number' ? powK(this, o) : pow(this, o);
  }
  /** k ** this */
  rpow(k: number): Value {
    return rpowK(k, this);
  }
  neg(): Value {
    return neg(this);
  }
  tanh(): Value {
    return tanh(this);
  }
  relu(): Value {
    return relu(this);
  }
  exp(): Value {
    return exp(this);
  }
  log(): Value {
    return log(this);
  }
  sigmoid(): Value {
    return sigmoid(this);
  }
  sqrt(): Value {
    return sqrt(this);
  }
  sin(): Value {
    return sin(this);
  }
  cos(): Value {
    return cos(this);
  }
  abs(): Value {
    return abs(this);
  }

  /** ∂this/∂n for every node n of this Value's graph, added to n.grad. */
  backward(): BackwardReport {
    return backward(this);
  }

  toString(): string {
    return `Value(data=${showNumber(this.data)}, grad=${showNumber(this.grad)})`;
  }
}

let filler: Value | null = null;

/** A Value of no graph, to fill arrays of Values where no node is (keeps them of one type). */
export function placeholder(): Value {
  return (filler ??= new Value(0, '', Op.Const));
}

function node(code: Op, data: number, a: Value, b: Value | number | null): Value {
  // Building on a node the last backward pass did not reach keeps such nodes counted.
  const pending = nodeBudget.pendingMark;
  if (a.mark === pending || (b !== null && typeof b !== 'number' && b.mark === pending)) {
    nodeBudget.touched = true;
  }
  return new Value(data, '', code, a, b);
}

// Adjoints are indexed by `slot`, the node's position in the current backward pass.
type Adjoints = Float64Array;

// ---- a + b ----------------------------------------------------------------------------
function add(a: Value, b: Value): Value {
  return node(Op.Add, a.data + b.data, a, b);
}
function addK(a: Value, k: number): Value {
  return node(Op.AddK, a.data + k, a, k);
}
function addBack(n: Value, g: number, adj: Adjoints): void {
  adj[n.a!.slot] += g;
  if (n.code === Op.Add) adj[(n.b as Value).slot] += g;
}

// ---- a - b ----------------------------------------------------------------------------
function sub(a: Value, b: Value): Value {
  return node(Op.Sub, a.data - b.data, a, b);
}
function subK(a: Value, k: number): Value {
  return node(Op.SubK, a.data - k, a, k);
}
function rsubK(k: number, b: Value): Value {
  return node(Op.RSubK, k - b.data, b, k);
}
function subBack(n: Value, g: number, adj: Adjoints): void {
  if (n.code === Op.RSubK) {
    adj[n.a!.slot] -= g;
    return;
  }
  adj[n.a!.slot] += g;
  if (n.code === Op.Sub) adj[(n.b as Value).slot] -= g;
}

// ---- a * b ----------------------------------------------------------------------------
function mul(a: Value, b: Value): Value {
  return node(Op.Mul, a.data * b.data, a, b);
}
function mulK(a: Value, k: number): Value {
  return node(Op.MulK, a.data * k, a, k);
}
function mulBack(n: Value, g: number, adj: Adjoints): void {
  const a = n.a!;
  if (n.code === Op.MulK) {
    adj[a.slot] += (n.b as number) * g;
    return;
  }
  const b = n.b as Value;
  adj[a.slot] += b.data * g;
  adj[b.slot] += a.data * g;
}

// ---- a / b ----------------------------------------------------------------------------
function div(a: Value, b: Value): Value {
  if (b.data === 0) throw divisionByZero();
  return node(Op.Div, a.data / b.data, a, b);
}
function divK(a: Value, k: number): Value {
  if (k === 0) throw divisionByZero();
  return node(Op.DivK, a.data / k, a, k);
}
function rdivK(k: number, b: Value): Value {
  if (b.data === 0) throw divisionByZero();
  return node(Op.RDivK, k / b.data, b, k);
}
function divBack(n: Value, g: number, adj: Adjoints): void {
  const a = n.a!;
  switch (n.code) {
    case Op.Div: {
      // out = a / b:  ∂a = 1/b,  ∂b = -a/b²
      const b = n.b as Value;
      adj[a.slot] += g / b.data;
      adj[b.slot] -= (g * a.data) / (b.data * b.data);
      return;
    }
    case Op.DivK:
      adj[a.slot] += g / (n.b as number);
      return;
    default:
      // out = k / a:  ∂a = -k/a²
      adj[a.slot] -= (g * (n.b as number)) / (a.data * a.data);
  }
}
function divisionByZero(): EngineError {
  return new EngineError('ZeroDivisionError', 'float division by zero');
}

// ---- a ** b -----------------------------------------------------------------------------
function pow(a: Value, b: Value): Value {
  return node(Op.Pow, checkedPow(a.data, b.data), a, b);
}
function powK(a: Value, k: number): Value {
  return node(Op.PowK, checkedPow(a.data, k), a, k);
}
function rpowK(k: number, b: Value): Value {
  return node(Op.RPowK, checkedPow(k, b.data), b, k);
}
function powBack(n: Value, g: number, adj: Adjoints): void {
  const a = n.a!;
  switch (n.code) {
    case Op.PowK: {
      // micrograd: (other * self.data**(other-1)) * out.grad
      const k = n.b as number;
      adj[a.slot] += k * correctlyRounded.pow(a.data, k - 1) * g;
      return;
    }
    case Op.Pow: {
      const b = n.b as Value;
      adj[a.slot] += b.data * correctlyRounded.pow(a.data, b.data - 1) * g;
      adj[b.slot] += powExponentGrad(a.data, n.data) * g;
      return;
    }
    default:
      // out = k ** a:  ∂a = k**a · ln k
      adj[a.slot] += powExponentGrad(n.b as number, n.data) * g;
  }
}
/** ∂(x**y)/∂y = x**y · ln x; 0 where x**y is 0 (as PyTorch does for a zero base). */
export function powExponentGrad(base: number, out: number): number {
  return out === 0 ? 0 : out * correctlyRounded.log(base);
}
function checkedPow(x: number, y: number): number {
  if (x === 0 && y < 0) {
    throw new EngineError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  }
  const finite = Number.isFinite(x) && Number.isFinite(y);
  if (x < 0 && finite && !Number.isInteger(y)) {
    throw new EngineError(
      'ValueError',
      `a negative number (${showNumber(x)}) cannot be raised to a fractional power (${showNumber(y)})`,
    );
  }
  // The digits Python prints for x ** y (V8's ** is a last bit off for about one in ten).
  const r = finite ? correctlyRounded.pow(x, y) : x ** y;
  if (finite && !Number.isFinite(r)) {
    // CPython's float ** (micrograd's Value ** is one) reports C's errno pair.
    throw new EngineError('OverflowError', "(34, 'Numerical result out of range')");
  }
  return r;
}

// ---- -a ---------------------------------------------------------------------------------
function neg(a: Value): Value {
  return node(Op.Neg, -a.data, a, null);
}
function negBack(n: Value, g: number, adj: Adjoints): void {
  adj[n.a!.slot] -= g;
}

// ---- tanh(a) ------------------------------------------------------------------------------
function tanh(a: Value): Value {
  return node(Op.Tanh, correctlyRounded.tanh(a.data), a, null);
}
function tanhBack(n: Value, g: number, adj: Adjoints): void {
  const t = n.data;
  adj[n.a!.slot] += (1 - t * t) * g;
}

// ---- relu(a) ------------------------------------------------------------------------------
function relu(a: Value): Value {
  return node(Op.Relu, a.data < 0 ? 0 : a.data, a, null);
}
function reluBack(n: Value, g: number, adj: Adjoints): void {
  // micrograd: (out.data > 0) * out.grad
  adj[n.a!.slot] += n.data > 0 ? g : 0;
}

// ---- exp(a) -------------------------------------------------------------------------------
function exp(a: Value): Value {
  const r = correctlyRounded.exp(a.data);
  if (r === Infinity && Number.isFinite(a.data)) {
    // As math.exp, which micrograd's Value.exp calls.
    throw new EngineError('OverflowError', 'math range error');
  }
  return node(Op.Exp, r, a, null);
}
function expBack(n: Value, g: number, adj: Adjoints): void {
  adj[n.a!.slot] += n.data * g;
}

// ---- log(a) -------------------------------------------------------------------------------
function log(a: Value): Value {
  if (!(a.data > 0)) {
    throw new EngineError(
      'ValueError',
      `log() needs a positive number, got ${showNumber(a.data)} (math domain error)`,
    );
  }
  return node(Op.Log, correctlyRounded.log(a.data), a, null);
}
function logBack(n: Value, g: number, adj: Adjoints): void {
  const a = n.a!;
  adj[a.slot] += g / a.data;
}

// ---- sigmoid(a) ---------------------------------------------------------------------------
function sigmoid(a: Value): Value {
  return node(Op.Sigmoid, sigmoidOf(a.data), a, null);
}
/** 1 / (1 + e^-x), computed without overflow for large |x|. */
export function sigmoidOf(x: number): number {
  if (x >= 0) return 1 / (1 + correctlyRounded.exp(-x));
  const z = correctlyRounded.exp(x);
  return z / (1 + z);
}
function sigmoidBack(n: Value, g: number, adj: Adjoints): void {
  const s = n.data;
  adj[n.a!.slot] += s * (1 - s) * g;
}

// ---- sqrt(a) ------------------------------------------------------------------------------
function sqrt(a: Value): Value {
  if (a.data < 0) {
    throw new EngineError(
      'ValueError',
      `sqrt() needs a number ≥ 0, got ${showNumber(a.data)} (math domain error)`,
    );
  }
  return node(Op.Sqrt, Math.sqrt(a.data), a, null);
}
function sqrtBack(n: Value, g: number, adj: Adjoints): void {
  adj[n.a!.slot] += (0.5 / n.data) * g;
}

// ---- sin(a), cos(a) ---------------------------------------------------------------------
function sin(a: Value): Value {
  return node(Op.Sin, correctlyRounded.sin(finiteAngle('sin', a.data)), a, null);
}
/** sin and cos of ±inf are math domain errors in Python (NaN passes through). */
function finiteAngle(fname: string, x: number): number {
  if (x === Infinity || x === -Infinity) {
    throw new EngineError(
      'ValueError',
      `${fname}() needs a finite number, got ${showNumber(x)} (math domain error)`,
    );
  }
  return x;
}
function sinBack(n: Value, g: number, adj: Adjoints): void {
  const a = n.a!;
  adj[a.slot] += Math.cos(a.data) * g;
}
function cos(a: Value): Value {
  return node(Op.Cos, correctlyRounded.cos(finiteAngle('cos', a.data)), a, null);
}
function cosBack(n: Value, g: number, adj: Adjoints): void {
  const a = n.a!;
  adj[a.slot] -= Math.sin(a.data) * g;
}

// ---- abs(a) -------------------------------------------------------------------------------
function abs(a: Value): Value {
  return node(Op.Abs, Math.abs(a.data), a, null);
}
function absBack(n: Value, g: number, adj: Adjoints): void {
  const a = n.a!;
  // sign(a), with 0 at 0 as PyTorch
  adj[a.slot] += (a.data > 0 ? 1 : a.data < 0 ? -1 : 0) * g;
}

/** Add n's local gradients, times n's adjoint g, to its inputs' adjoints. */
export function propagate(n: Value, g: number, adj: Adjoints): void {
  switch (n.code) {
    case Op.Leaf:
    case Op.Const:
      return;
    case Op.Add:
    case Op.AddK:
      return addBack(n, g, adj);
    case Op.Sub:
    case Op.SubK:
    case Op.RSubK:
      return subBack(n, g, adj);
    case Op.Mul:
    case Op.MulK:
      return mulBack(n, g, adj);
    case Op.Div:
    case Op.DivK:
    case Op.RDivK:
      return divBack(n, g, adj);
    case Op.Pow:
    case Op.PowK:
    case Op.RPowK:
      return powBack(n, g, adj);
    case Op.Neg:
      return negBack(n, g, adj);
    case Op.Tanh:
      return tanhBack(n, g, adj);
    case Op.Relu:
      return reluBack(n, g, adj);
    case Op.Exp:
      return expBack(n, g, adj);
    case Op.Log:
      return logBack(n, g, adj);
    case Op.Sigmoid:
      return sigmoidBack(n, g, adj);
    case Op.Sqrt:
      return sqrtBack(n, g, adj);
    case Op.Sin:
      return sinBack(n, g, adj);
    case Op.Cos:
      return cosBack(n, g, adj);
    case Op.Abs:
      return absBack(n, g, adj);
    case Op.Dot:
    case Op.Mlp:
      // backward.ts propagates these itself (dotChain.ts, mlpChain.ts), marking their inputs.
      return;
  }
}

const OP_NAMES: Record<Op, string> = {
  [Op.Leaf]: '',
  [Op.Const]: '',
  [Op.Add]: '+',
  [Op.AddK]: '+',
  [Op.Sub]: '-',
  [Op.SubK]: '-',
  [Op.RSubK]: '-',
  [Op.Mul]: '*',
  [Op.MulK]: '*',
  [Op.Div]: '/',
  [Op.DivK]: '/',
  [Op.RDivK]: '/',
  [Op.Pow]: '**',
  [Op.PowK]: '**',
  [Op.RPowK]: '**',
  [Op.Neg]: 'neg',
  [Op.Tanh]: 'tanh',
  [Op.Relu]: 'ReLU',
  [Op.Exp]: 'exp',
  [Op.Log]: 'log',
  [Op.Sigmoid]: 'sigmoid',
  [Op.Sqrt]: 'sqrt',
  [Op.Sin]: 'sin',
  [Op.Cos]: 'cos',
  [Op.Abs]: 'abs',
  [Op.Dot]: '+',
  // Shown by the node itself (mlpNode.ts: the output neuron's op).
  [Op.Mlp]: '',
};

function opName(v: Value): string {
  // micrograd names a power by its exponent: f'**{other}'
  if (v.code === Op.PowK) return `**${String(v.b)}`;
  return OP_NAMES[v.code];
}

/**
 * Give a `…K` node's number operand a Value of its own (micrograd's constant node), so that
 * `inputs` and graph pictures show it. The op keeps computing the same numbers.
 * A power's exponent stays part of the op (`**2`), as in micrograd.
 */
export function materializeConstant(v: Value): void {
  if (typeof v.b !== 'number' || v.code === Op.PowK) return;
  const constant = new Value(v.b, '', Op.Const);
  constant.site = v.site;
  constant.scope = v.scope;
  const x = v.a!;
  switch (v.code) {
    case Op.AddK:
      v.code = Op.Add;
      v.b = constant;
      return;
    case Op.SubK:
      v.code = Op.Sub;
      v.b = constant;
      return;
    case Op.MulK:
      v.code = Op.Mul;
      v.b = constant;
      return;
    case Op.DivK:
      v.code = Op.Div;
      v.b = constant;
      return;
    case Op.RSubK:
      v.code = Op.Sub;
      v.a = constant;
      v.b = x;
      return;
    case Op.RDivK:
      v.code = Op.Div;
      v.a = constant;
      v.b = x;
      return;
    case Op.RPowK:
      v.code = Op.Pow;
      v.a = constant;
      v.b = x;
      return;
  }
}

/** How many nodes v stands for in micrograd's graph: itself plus its un-materialised constant. */
export function hiddenConstants(v: Value): number {
  return typeof v.b === 'number' && v.code !== Op.PowK ? 1 : 0;
}

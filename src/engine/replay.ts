// train()'s steps replayed: the first step builds its graph as any program does and is
// recorded into flat typed arrays (op code, input slots, number operands); every later step
// recomputes that graph's data and adjoints over the arrays, making no Value at all, then
// hands each parameter (and each Value of the data) its gradient as backward would.
//
// It is only used where the graph is the same every step: a built-in model (Neuron, Layer,
// MLP), a built-in loss whose graph depends on the data's shape only, the whole data set each
// step (train.ts decides). Every formula below is the one value.ts / dot.ts apply, in the same
// order, so the numbers are the same bit for bit. A step whose numbers leave the ordinary (an
// overflow the op would report, a NaN or infinite gradient the pass would warn about) is not
// replayed: train runs it the ordinary way, which reports it exactly as it always does.

import { arena, inArena } from './creationOrder';
import type { DotNode } from './dot';
import { interruptTicks, pollInterrupt, startPass } from './interrupt';
import * as correctlyRounded from './math';
import { passRan } from './passData';
import { Op, sigmoidOf, type Value } from './value';

/** One recorded step: slots 0..size-1 are its nodes in creation order, then the externals. */
export interface Tape {
  readonly size: number;
  readonly op: Uint8Array;
  /** First input's slot (a Dot's bias), -1 for none. */
  readonly a: Int32Array;
  /** Second input's slot, -1 for a number operand or none. */
  readonly b: Int32Array;
  /** The number operand of a `…K` op; a leaf's data. */
  readonly k: Float64Array;
  /** 1 where backward from the output reaches the node. */
  readonly reached: Uint8Array;
  /** A Dot's terms: from dotStart[t], dotCount[t] pairs of (weight slot, input slot or -1). */
  readonly dotStart: Int32Array;
  readonly dotCount: Int32Array;
  readonly termW: Int32Array;
  readonly termX: Int32Array;
  /** An input that is a number: its value (termX is -1 there). */
  readonly termK: Float64Array;
  /** The Values made before the step that it reads (parameters, data): slots size, size+1, … */
  readonly externals: readonly Value[];
  readonly data: Float64Array;
  readonly adj: Float64Array;
}

const REPLAYABLE = new Set<Op>([
  Op.Leaf,
  Op.Add,
  Op.AddK,
  Op.Sub,
  Op.SubK,
  Op.RSubK,
  Op.Mul,
  Op.MulK,
  Op.DivK,
  Op.PowK,
  Op.Neg,
  Op.Tanh,
  Op.Relu,
  Op.Sigmoid,
  Op.Dot,
]);

/**
 * Records the step whose nodes are the arena's from `start` up to `root`, or returns null when
 * it cannot be replayed (an op not handled here, an input made before the step that is not a
 * leaf, the creation order forgotten during the step).
 */
export function recordStep(start: number, root: Value): Tape | null {
  if (!inArena(root) || root.slot < start) return null;
  const size = root.slot - start + 1;
  const nodes = arena.nodes;
  const externals: Value[] = [];
  const externalSlot = new Map<Value, number>();
  const slotOf = (v: Value): number => {
    if (inArena(v) && v.slot >= start) return v.slot - start;
    if (v.code !== Op.Leaf) return -2;
    let s = externalSlot.get(v);
    if (s === undefined) {
      s = size + externals.length;
      externals.push(v);
      externalSlot.set(v, s);
    }
    return s;
  };
  const op = new Uint8Array(size);
  const a = new Int32Array(size).fill(-1);
  const b = new Int32Array(size).fill(-1);
  const k = new Float64Array(size);
  const dotStart = new Int32Array(size);
  const dotCount = new Int32Array(size);
  const termW: number[] = [];
  const termX: number[] = [];
  const termK: number[] = [];
  for (let t = 0; t < size; t++) {
    const v = nodes[start + t];
    if (!REPLAYABLE.has(v.code)) return null;
    op[t] = v.code;
    if (v.code === Op.Leaf) {
      k[t] = v.data;
      continue;
    }
    a[t] = slotOf(v.a!);
    if (a[t] === -2) return null;
    if (typeof v.b === 'number') k[t] = v.b;
    else if (v.b !== null) {
      b[t] = slotOf(v.b);
      if (b[t] === -2) return null;
    }
    if (v.code === Op.Dot) {
      const terms = (v as DotNode).terms!;
      const n = terms.length >> 1;
      dotStart[t] = termW.length;
      dotCount[t] = n;
      for (let i = 0; i < n; i++) {
        const w = slotOf(terms[i] as Value);
        const x = terms[n + i];
        const xs = typeof x === 'number' ? -1 : slotOf(x);
        if (w === -2 || xs === -2) return null;
        termW.push(w);
        termX.push(xs);
        termK.push(typeof x === 'number' ? x : 0);
      }
    }
  }
  const reached = new Uint8Array(size);
  reached[size - 1] = 1;
  for (let t = size - 1; t >= 0; t--) {
    if (reached[t] === 0) continue;
    const mark = (s: number): void => {
      if (s >= 0 && s < size) reached[s] = 1;
    };
    mark(a[t]);
    mark(b[t]);
    for (let j = dotStart[t], end = j + dotCount[t]; op[t] === Op.Dot && j < end; j++) {
      mark(termW[j]);
      mark(termX[j]);
    }
  }
  const total = size + externals.length;
  return {
    size,
    op,
    a,
    b,
    k,
    reached,
    dotStart,
    dotCount,
    termW: Int32Array.from(termW),
    termX: Int32Array.from(termX),
    termK: Float64Array.from(termK),
    externals,
    data: new Float64Array(total),
    adj: new Float64Array(total),
  };
}

/**
 * One step over the tape with the externals' current data: the loss, with every external's
 * gradient in `tape.adj` (not yet handed to the Values, see `commitGrads`); null when this
 * step must run the ordinary way (see the top of the file).
 */
export function replayStep(tape: Tape): number | null {
  startPass();
  const { size, externals, data } = tape;
  for (let e = 0; e < externals.length; e++) data[size + e] = externals[e].data;
  if (!forward(tape)) return null;
  passRan(null);
  backward(tape);
  const adj = tape.adj;
  for (let t = 0; t < size; t++) if (tape.reached[t] === 1 && adj[t] - adj[t] !== 0) return null;
  for (let s = size; s < adj.length; s++) if (adj[s] - adj[s] !== 0) return null;
  return data[size - 1];
}

/** Adds the replayed step's gradients to the externals, as a backward pass would. */
export function commitGrads(tape: Tape): void {
  const { size, externals, adj } = tape;
  for (let e = 0; e < externals.length; e++) externals[e].grad += adj[size + e];
}

/** value.ts's forward of each op; false where the op would have failed or warned. */
function forward(tape: Tape): boolean {
  const { size, op, a, b, k, data, dotStart, dotCount, termW, termX, termK } = tape;
  for (let t = 0; t < size; t++) {
    if (--interruptTicks.left === 0) pollInterrupt();
    const ia = a[t];
    const x = ia >= 0 ? data[ia] : 0;
    switch (op[t] as Op) {
      case Op.Leaf:
        data[t] = k[t];
        break;
      case Op.Add:
        data[t] = x + data[b[t]];
        break;
      case Op.AddK:
        data[t] = x + k[t];
        break;
      case Op.Sub:
        data[t] = x - data[b[t]];
        break;
      case Op.SubK:
        data[t] = x - k[t];
        break;
      case Op.RSubK:
        data[t] = k[t] - x;
        break;
      case Op.Mul:
        data[t] = x * data[b[t]];
        break;
      case Op.MulK:
        data[t] = x * k[t];
        break;
      case Op.DivK:
        data[t] = x / k[t];
        break;
      case Op.PowK: {
        // value.ts's checkedPow on the ordinary path; anything it could refuse is not replayed.
        const y = k[t];
        if (
          !Number.isFinite(x) ||
          !Number.isFinite(y) ||
          (x === 0 && y < 0) ||
          (x < 0 && !Number.isInteger(y))
        )
          return false;
        const r = correctlyRounded.pow(x, y);
        if (!Number.isFinite(r)) return false;
        data[t] = r;
        break;
      }
      case Op.Neg:
        data[t] = -x;
        break;
      case Op.Tanh:
        data[t] = correctlyRounded.tanh(x);
        break;
      case Op.Relu:
        data[t] = x < 0 ? 0 : x;
        break;
      case Op.Sigmoid:
        data[t] = sigmoidOf(x);
        break;
      case Op.Dot: {
        let sum = x;
        for (let j = dotStart[t], end = j + dotCount[t]; j < end; j++) {
          const xs = termX[j];
          sum = sum + (xs < 0 ? data[termW[j]] * termK[j] : data[termW[j]] * data[xs]);
        }
        data[t] = sum;
        break;
      }
      default:
        return false;
    }
  }
  return true;
}

/** backward.ts's walk over the arena with value.ts's and dot.ts's local gradients. */
function backward(tape: Tape): void {
  const { size, op, a, b, k, data, adj, reached, dotStart, dotCount } = tape;
  adj.fill(0);
  adj[size - 1] = 1;
  for (let t = size - 1; t >= 0; t--) {
    if (--interruptTicks.left === 0) pollInterrupt();
    if (reached[t] === 0) continue;
    const g = adj[t];
    const ia = a[t];
    switch (op[t] as Op) {
      case Op.Add:
        adj[ia] += g;
        adj[b[t]] += g;
        break;
      case Op.AddK:
        adj[ia] += g;
        break;
      case Op.Sub:
        adj[ia] += g;
        adj[b[t]] -= g;
        break;
      case Op.SubK:
        adj[ia] += g;
        break;
      case Op.RSubK:
        adj[ia] -= g;
        break;
      case Op.Mul: {
        const ib = b[t];
        adj[ia] += data[ib] * g;
        adj[ib] += data[ia] * g;
        break;
      }
      case Op.MulK:
        adj[ia] += k[t] * g;
        break;
      case Op.DivK:
        adj[ia] += g / k[t];
        break;
      case Op.PowK: {
        const y = k[t];
        adj[ia] += y * correctlyRounded.pow(data[ia], y - 1) * g;
        break;
      }
      case Op.Neg:
        adj[ia] -= g;
        break;
      case Op.Tanh: {
        const th = data[t];
        adj[ia] += (1 - th * th) * g;
        break;
      }
      case Op.Relu:
        adj[ia] += data[t] > 0 ? g : 0;
        break;
      case Op.Sigmoid: {
        const s = data[t];
        adj[ia] += s * (1 - s) * g;
        break;
      }
      case Op.Dot: {
        // dot.ts's order: the terms from the last down to the second, the bias, the first.
        const first = dotStart[t];
        for (let j = first + dotCount[t] - 1; j > first; j--) dotTerm(tape, j, g);
        adj[ia] += g;
        dotTerm(tape, first, g);
        break;
      }
      default:
        break;
    }
  }
}

function dotTerm(tape: Tape, j: number, g: number): void {
  const { adj, data, termW, termX, termK } = tape;
  const w = termW[j];
  const x = termX[j];
  if (x < 0) {
    adj[w] += termK[j] * g;
    return;
  }
  adj[w] += data[x] * g;
  adj[x] += data[w] * g;
}

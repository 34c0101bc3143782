// Long chains of one operation, as `sum(...)` over many terms builds them: s = ((a + b) + c) + …
// Drawn link by link, the demo's loss (100 samples) and L2 term (337 parameters) are hundreds
// of columns long with one term feeding each link. A chain of at least MIN_CHAIN_TERMS
// operands can be drawn as one Σ node instead, and the work done only for its terms (each
// sample's hinge, each parameter's square) folds into that node too: what stays outside is
// what the terms are made from.

import type { GraphValue } from '../../../src/kernel/protocol';

export const MIN_CHAIN_TERMS = 20;
const CHAIN_OPS = new Set(['+', '*']);

export interface OpChain {
  /** Position in OpChains.list. */
  index: number;
  /** Id of the chain's result (its last link): names the chain. */
  id: number;
  op: string;
  /** Model index of the result. */
  head: number;
  /** Operations in the chain. */
  links: number;
  /** Operands it combines. */
  terms: number;
  /** Values computed only for its terms, besides the links. */
  absorbed: number;
  /** Group id of its links (0 for none). */
  group: number;
}

export interface OpChains {
  list: OpChain[];
  /** Chain index of each value folded into a chain (links and absorbed values), else -1. */
  of: Int32Array;
}

export interface ChainSource {
  values: readonly Pick<GraphValue, 'id' | 'op' | 'label'>[];
  /** Values that are never folded away (the output, leaves the user made). */
  keep: (index: number) => boolean;
  groupOf: (index: number) => number;
  /** Inputs by index, flattened (as GraphModel keeps them); -1 for an input not sent. */
  inputStart: Int32Array;
  inputIndex: Int32Array;
}

export function findOpChains(src: ChainSource, minTerms = MIN_CHAIN_TERMS): OpChains {
  const { values, inputStart, inputIndex } = src;
  const n = values.length;
  // Distinct consumers per value (p*p uses p once), and the only one when there is one.
  const consumerCount = new Int32Array(n);
  const sole = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    for (let e = inputStart[c]; e < inputStart[c + 1]; e++) {
      const i = inputIndex[e];
      if (i < 0 || sole[i] === c) continue;
      consumerCount[i]++;
      sole[i] = c;
    }
  }
  // A link continues into its only consumer when that consumer is the same operation in the
  // same group. Named values end a chain: a name is something the user wants to see.
  const next = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = sole[i];
    if (
      consumerCount[i] === 1 &&
      CHAIN_OPS.has(values[i].op) &&
      values[c].op === values[i].op &&
      values[i].label === '' &&
      !src.keep(i) &&
      src.groupOf(i) === src.groupOf(c)
    )
      next[i] = c;
  }
  // A path, not a tree: each link keeps the first qualifying operand (micrograd's running sum
  // `s = s + x` has it first); other qualifying operands end chains of their own.
  const prev = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    for (let e = inputStart[c]; e < inputStart[c + 1]; e++) {
      const i = inputIndex[e];
      if (i >= 0 && next[i] === c) {
        if (prev[c] < 0) prev[c] = i;
        else if (prev[c] !== i) next[i] = -1;
      }
    }
  }

  const list: OpChain[] = [];
  const of = new Int32Array(n).fill(-1);
  for (let head = 0; head < n; head++) {
    if (next[head] >= 0 || prev[head] < 0) continue;
    let links = 0;
    let terms = 0;
    for (let m = head; m >= 0; m = prev[m]) {
      links++;
      terms += inputStart[m + 1] - inputStart[m] - (prev[m] >= 0 ? 1 : 0);
    }
    if (terms < minTerms) continue;
    const chain: OpChain = {
      index: list.length,
      id: values[head].id,
      op: values[head].op,
      head,
      links,
      terms,
      absorbed: 0,
      group: src.groupOf(head),
    };
    for (let m = head; m >= 0; m = prev[m]) of[m] = chain.index;
    list.push(chain);
  }
  if (list.length === 0) return { list, of };

  // Absorb, consumers first (payloads list inputs before the values made from them): a
  // computed value or constant of the chain's group whose every consumer is in the chain.
  const consumerStart = new Int32Array(n + 1);
  for (let e = 0; e < inputIndex.length; e++)
    if (inputIndex[e] >= 0) consumerStart[inputIndex[e] + 1]++;
  for (let i = 0; i < n; i++) consumerStart[i + 1] += consumerStart[i];
  const consumers = new Int32Array(consumerStart[n]);
  const fill = consumerStart.slice(0, n);
  for (let c = 0; c < n; c++) {
    for (let e = inputStart[c]; e < inputStart[c + 1]; e++) {
      const i = inputIndex[e];
      if (i >= 0) consumers[fill[i]++] = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    if (of[i] >= 0 || src.keep(i) || consumerStart[i] === consumerStart[i + 1]) continue;
    let c = of[consumers[consumerStart[i]]];
    for (let k = consumerStart[i] + 1; k < consumerStart[i + 1] && c >= 0; k++)
      if (of[consumers[k]] !== c) c = -1;
    if (c < 0 || src.groupOf(i) !== list[c].group) continue;
    of[i] = c;
    list[c].absorbed++;
  }
  return { list, of };
}

// An indexed view of a GraphPayload: payloads reach 65k Values, so every later step
// (collapsing, trimming, updates) works on array indices instead of searching by id.
import type { GraphGroup, GraphPayload, GraphValue } from '../../../src/kernel/protocol';
import { findOpChains, type OpChain } from './opChains';

export interface GroupInfo {
  group: GraphGroup;
  /** Position in GraphModel.groupList. */
  index: number;
  /** 0 for a top-level group. */
  depth: number;
  /** Group ids from the top-level group down to this one. */
  chain: number[];
  /** Values in this group or in any group nested in it. */
  size: number;
  /** Groups whose parent is this one. */
  children: number;
}

export interface GraphModel {
  payload: GraphPayload;
  values: GraphValue[];
  indexOf: Map<number, number>;
  groups: Map<number, GroupInfo>;
  groupList: GroupInfo[];
  /** Index of the output Value, -1 for an empty graph. */
  root: number;
  maxDepth: number;
  /** Value nodes plus operation nodes when nothing is collapsed. */
  fullNodeCount: number;
  /**
   * Inputs by index, flattened: value i's inputs are inputIndex[inputStart[i] .. inputStart[i+1]),
   * -1 for an input the payload does not include (a truncated graph).
   */
  inputStart: Int32Array;
  inputIndex: Int32Array;
  /** Long chains of one operation (sums over many terms), each drawable as one Σ node. */
  chains: OpChain[];
  /** Chain index of each value folded into a chain, else -1. */
  chainOf: Int32Array;
  chainById: Map<number, OpChain>;
}

export function buildGraphModel(payload: GraphPayload): GraphModel {
  const values = payload.values;
  const indexOf = new Map<number, number>();
  values.forEach((v, i) => indexOf.set(v.id, i));

  const raw = new Map<number, GraphGroup>();
  for (const g of payload.groups) if (g.id !== 0) raw.set(g.id, g);
  const groups = new Map<number, GroupInfo>();
  const groupList: GroupInfo[] = [];
  const chainOf = (id: number): number[] => {
    // Walk up with a bound: a malformed payload with a parent cycle must not hang the panel.
    const up: number[] = [];
    let cur: number | undefined = id;
    while (cur !== undefined && cur !== 0 && raw.has(cur) && up.length <= raw.size) {
      if (up.includes(cur)) break;
      up.push(cur);
      cur = raw.get(cur)?.parent;
    }
    return up.reverse();
  };
  for (const g of raw.values()) {
    const chain = chainOf(g.id);
    const info: GroupInfo = {
      group: g,
      index: groupList.length,
      depth: chain.length - 1,
      chain,
      size: 0,
      children: 0,
    };
    groups.set(g.id, info);
    groupList.push(info);
  }
  for (const info of groupList) {
    const parent = info.chain.length > 1 ? info.chain[info.chain.length - 2] : 0;
    if (parent) groups.get(parent)!.children++;
  }
  let fullNodeCount = 0;
  for (const v of values) {
    fullNodeCount += v.op ? 2 : 1;
    const info = v.group ? groups.get(v.group) : undefined;
    if (info) for (const id of info.chain) groups.get(id)!.size++;
  }
  const inputStart = new Int32Array(values.length + 1);
  for (let i = 0; i < values.length; i++)
    inputStart[i + 1] = inputStart[i] + values[i].inputs.length;
  const inputIndex = new Int32Array(inputStart[values.length]);
  for (let i = 0; i < values.length; i++) {
    const ins = values[i].inputs;
    for (let k = 0; k < ins.length; k++) inputIndex[inputStart[i] + k] = indexOf.get(ins[k]) ?? -1;
  }
  const maxDepth = groupList.reduce((m, g) => Math.max(m, g.depth), -1);
  const root = indexOf.get(payload.rootId) ?? values.length - 1;
  const groupOf = (i: number): number => {
    const g = values[i].group;
    return g && groups.has(g) ? g : 0;
  };
  const chains = findOpChains({
    values,
    keep: (i) =>
      i === root || values[i].role === 'output' || (!values[i].op && values[i].role !== 'const'),
    groupOf,
    inputStart,
    inputIndex,
  });
  return {
    payload,
    values,
    indexOf,
    groups,
    groupList,
    root,
    maxDepth,
    fullNodeCount,
    inputStart,
    inputIndex,
    chains: chains.list,
    chainOf: chains.of,
    chainById: new Map(chains.list.map((c) => [c.id, c])),
  };
}

/** The group a value belongs to, or 0 when its group id is unknown to the payload. */
export function groupOfValue(model: GraphModel, index: number): number {
  const g = model.values[index].group;
  return g && model.groups.has(g) ? g : 0;
}

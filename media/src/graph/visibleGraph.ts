// Decides what of a (possibly huge) compute graph is drawn. Collapsed groups stand for all
// their Values as one node, long chains of one operation (a sum over many terms) for theirs
// as one Σ node, and leaves feeding the very same nodes (a data set's inputs) for theirs as
// one bundle. Then, so that any graph opens fast, at most `budget` nodes are kept,
// breadth-first from the output (and from what the user opened), and every kept node with
// inputs left out gets one "⋯" stub so nothing disappears silently.
import { groupOfValue, type GraphModel } from './graphModel';

/** Fewer leaves than this feeding the same nodes are drawn one by one. */
export const BUNDLE_MIN = 8;

export interface ViewControls {
  collapsed: ReadonlySet<number>;
  /** Chains (by id) drawn link by link; the others are drawn as one Σ node. */
  expandedChains: ReadonlySet<number>;
  /** Whether leaves feeding the same nodes are bundled at all ("Expand all" turns it off). */
  bundleLeaves: boolean;
  /** Bundles (by their first leaf's value id) the user opened. */
  openBundles: ReadonlySet<number>;
  /** Groups the user expanded, most recent first: their contents are kept first. */
  pinnedGroups: readonly number[];
  /** Value ids the user asked to see (a `select` message): kept right after the output. */
  pinnedValues: readonly number[];
  /** Most nodes to draw (value, operation, group and stub nodes all count). */
  budget: number;
}

export type VisibleNodeKind = 'value' | 'op' | 'group' | 'chain' | 'bundle' | 'stub';

export interface VisibleNode {
  /** `v<valueId>`, `o<valueId>` (its operation), `g<groupId>`, `c<chainId>`, `b<first leaf's
   * valueId>`, `s<node fed>`. */
  id: string;
  kind: VisibleNodeKind;
  /** Index into model.values: value and op nodes, and a chain's result; else -1. */
  value: number;
  /** Group id of a group node, else 0. */
  group: number;
  /** Index into model.chains of a chain node, else -1. */
  chain: number;
  /** A bundle's leaves (indices into model.values); empty for other nodes. */
  members: number[];
  /** Stubs: input nodes left out, and inputs the payload did not include. */
  hiddenInputs: number;
  missingInputs: number;
  /** Stubs: the node they feed. */
  target: string;
  /** Creation order, the layout's tie-breaker. */
  order: number;
}

export interface VisibleEdge {
  from: string;
  to: string;
}

export interface VisibleGraph {
  nodes: VisibleNode[];
  edges: VisibleEdge[];
  /** Values drawn, as themselves or inside a group, chain or bundle node. */
  shownValues: number;
  /** Values not drawn because of the budget. */
  trimmedValues: number;
  /** Nodes there would be with the same controls and no budget. */
  untrimmedNodes: number;
  /** Groups that would be drawn as boxes with no budget. */
  untrimmedGroups: number[];
  missingInputs: number;
}

export function computeVisibleGraph(model: GraphModel, controls: ViewControls): VisibleGraph {
  const { values, groupList, chains } = model;
  const N = values.length;
  const G = groupList.length;
  const C = chains.length;
  const firstChainUnit = N + G;
  const firstBundleUnit = N + G + C;
  // Units: each value, each group, each chain, then the bundles found below.
  const U = firstBundleUnit + Math.floor(N / BUNDLE_MIN) + 1;

  // Each value is drawn as itself, inside the outermost collapsed group of its chain of
  // groups, or inside its Σ chain when that is folded.
  const repOfGroup = new Int32Array(G).fill(-1);
  for (const info of groupList) {
    for (const gid of info.chain) {
      if (controls.collapsed.has(gid)) {
        repOfGroup[info.index] = model.groups.get(gid)!.index;
        break;
      }
    }
  }
  const unitOf = new Int32Array(N);
  const members = new Int32Array(U);
  const firstMember = new Int32Array(U).fill(-1);
  for (let i = 0; i < N; i++) {
    const g = groupOfValue(model, i);
    const rep = g ? repOfGroup[model.groups.get(g)!.index] : -1;
    const c = model.chainOf[i];
    let u = i;
    if (rep >= 0) u = N + rep;
    else if (c >= 0 && !controls.expandedChains.has(chains[c].id)) u = firstChainUnit + c;
    unitOf[i] = u;
    members[u]++;
    if (firstMember[u] < 0) firstMember[u] = i;
  }

  // Unit-to-unit edges, deduplicated: values are visited unit by unit (a counting sort), so
  // "already linked from w" is one stamp per unit instead of a set of pairs.
  const start = new Int32Array(firstBundleUnit + 1);
  for (let i = 0; i < N; i++) start[unitOf[i] + 1]++;
  for (let u = 0; u < firstBundleUnit; u++) start[u + 1] += start[u];
  const byUnit = new Int32Array(N);
  const fill = start.slice(0, firstBundleUnit);
  for (let i = 0; i < N; i++) byUnit[fill[unitOf[i]]++] = i;
  const inputsOf: (number[] | undefined)[] = new Array(U);
  const consumersOf: (number[] | undefined)[] = new Array(U);
  const missing = new Int32Array(U);
  const stamp = new Int32Array(U).fill(-1);
  const { inputStart, inputIndex } = model;
  for (let u = 0; u < firstBundleUnit; u++) {
    for (let k = start[u]; k < start[u + 1]; k++) {
      const i = byUnit[k];
      for (let e = inputStart[i]; e < inputStart[i + 1]; e++) {
        const j = inputIndex[e];
        if (j < 0) {
          missing[u]++;
          continue;
        }
        const w = unitOf[j];
        if (w === u || stamp[w] === u) continue;
        stamp[w] = u;
        (inputsOf[u] ??= []).push(w);
        (consumersOf[w] ??= []).push(u);
      }
    }
  }

  const rootUnit = model.root >= 0 ? unitOf[model.root] : -1;
  const bundleMembers = new Map<number, number[]>();
  let units = firstBundleUnit;
  if (controls.bundleLeaves) units = bundleLeaves();

  /** Leaves (drawn as themselves) with the very same consumers become one bundle unit. */
  function bundleLeaves(): number {
    const pinned = new Set<number>();
    for (const id of controls.pinnedValues) {
      const i = model.indexOf.get(id);
      if (i !== undefined) pinned.add(i);
    }
    const byConsumers = new Map<string, number[]>();
    for (let u = 0; u < N; u++) {
      const outs = consumersOf[u];
      if (members[u] !== 1 || values[u].op || u === rootUnit || pinned.has(u) || !outs) continue;
      const key = outs.length === 1 ? String(outs[0]) : [...outs].sort((a, b) => a - b).join(',');
      const list = byConsumers.get(key);
      if (list) list.push(u);
      else byConsumers.set(key, [u]);
    }
    let next = firstBundleUnit;
    for (const leaves of byConsumers.values()) {
      if (leaves.length < BUNDLE_MIN || controls.openBundles.has(values[leaves[0]].id)) continue;
      const b = next++;
      const set = new Set(leaves);
      members[b] = leaves.length;
      firstMember[b] = leaves[0];
      bundleMembers.set(b, leaves);
      consumersOf[b] = consumersOf[leaves[0]]!.slice();
      for (const c of consumersOf[b]!) {
        const ins = inputsOf[c]!;
        const at = ins.findIndex((w) => set.has(w));
        const kept = ins.filter((w) => !set.has(w));
        kept.splice(at, 0, b);
        inputsOf[c] = kept;
      }
      for (const u of leaves) {
        members[u] = 0;
        unitOf[u] = b;
        consumersOf[u] = undefined;
      }
    }
    return next;
  }

  const cost = (u: number): number => (u < N ? (values[u].op ? 2 : 1) : 1);
  let untrimmedNodes = 0;
  const untrimmedGroups: number[] = [];
  for (let u = 0; u < units; u++) {
    if (members[u] === 0) continue;
    untrimmedNodes += cost(u);
    if (u >= N && u < firstChainUnit) untrimmedGroups.push(groupList[u - N].group.id);
  }

  // Seeds: the output, then what the user asked for, in that order.
  const queue: number[] = [];
  const queued = new Uint8Array(units);
  const enqueue = (u: number): void => {
    if (u >= 0 && members[u] > 0 && !queued[u]) {
      queued[u] = 1;
      queue.push(u);
    }
  };
  enqueue(rootUnit);
  for (const id of controls.pinnedValues) {
    const i = model.indexOf.get(id);
    if (i !== undefined) enqueue(unitOf[i]);
  }
  if (controls.pinnedGroups.length > 0) {
    const homeOf = (u: number): number => {
      if (u < N) return groupOfValue(model, u);
      if (u < firstChainUnit) {
        const chain = groupList[u - N].chain;
        return chain.length > 1 ? chain[chain.length - 2] : 0;
      }
      if (u < firstBundleUnit) return chains[u - firstChainUnit].group;
      return groupOfValue(model, firstMember[u]);
    };
    for (const g of controls.pinnedGroups) {
      for (let u = 0; u < units; u++) if (members[u] > 0 && homeOf(u) === g) enqueue(u);
    }
  }

  const kept = new Uint8Array(units);
  const hidden = new Int32Array(units);
  const keepOrder: number[] = [];
  let used = 0;
  let stubs = 0;
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    const ins = inputsOf[u] ?? [];
    const outs = consumersOf[u] ?? [];
    let uHidden = 0;
    for (const w of ins) if (!kept[w]) uHidden++;
    let freed = 0;
    for (const c of outs) if (kept[c] && hidden[c] === 1 && missing[c] === 0) freed++;
    const ownStub = uHidden > 0 || missing[u] > 0 ? 1 : 0;
    if (keepOrder.length > 0 && used + cost(u) + stubs - freed + ownStub > controls.budget) break;
    kept[u] = 1;
    keepOrder.push(u);
    used += cost(u);
    hidden[u] = uHidden;
    stubs += ownStub - freed;
    for (const c of outs) if (kept[c]) hidden[c]--;
    for (const w of ins) enqueue(w);
  }

  const nodes: VisibleNode[] = [];
  const edges: VisibleEdge[] = [];
  const outNode = (u: number): string => {
    if (u < N) return `v${values[u].id}`;
    if (u < firstChainUnit) return `g${groupList[u - N].group.id}`;
    if (u < firstBundleUnit) return `c${chains[u - firstChainUnit].id}`;
    return `b${values[firstMember[u]].id}`;
  };
  const inNode = (u: number): string => (u < N && values[u].op ? `o${values[u].id}` : outNode(u));
  let shownValues = 0;
  let missingInputs = 0;
  for (const u of keepOrder) {
    shownValues += members[u];
    missingInputs += missing[u];
    const order = firstMember[u];
    const base = {
      value: -1,
      group: 0,
      chain: -1,
      members: [] as number[],
      hiddenInputs: 0,
      missingInputs: 0,
      target: '',
      order,
    };
    if (u < N) {
      if (values[u].op) {
        nodes.push({ ...base, id: `o${values[u].id}`, kind: 'op', value: u });
        edges.push({ from: `o${values[u].id}`, to: `v${values[u].id}` });
      }
      nodes.push({ ...base, id: `v${values[u].id}`, kind: 'value', value: u });
    } else if (u < firstChainUnit) {
      nodes.push({ ...base, id: outNode(u), kind: 'group', group: groupList[u - N].group.id });
    } else if (u < firstBundleUnit) {
      const c = chains[u - firstChainUnit];
      nodes.push({ ...base, id: outNode(u), kind: 'chain', value: c.head, chain: c.index });
    } else {
      nodes.push({ ...base, id: outNode(u), kind: 'bundle', members: bundleMembers.get(u)! });
    }
    const to = inNode(u);
    for (const w of inputsOf[u] ?? []) if (kept[w]) edges.push({ from: outNode(w), to });
    if (hidden[u] > 0 || missing[u] > 0) {
      nodes.push({
        ...base,
        id: `s${to}`,
        kind: 'stub',
        hiddenInputs: hidden[u],
        missingInputs: missing[u],
        target: to,
        order: order - 0.5,
      });
      edges.push({ from: `s${to}`, to });
    }
  }
  return {
    nodes,
    edges,
    shownValues,
    trimmedValues: N - shownValues,
    untrimmedNodes,
    untrimmedGroups,
    missingInputs,
  };
}

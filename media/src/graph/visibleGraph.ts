// Decides what of a (possibly huge) compute graph is drawn. Collapsed groups stand for all
// their Values as one node; then, so that any graph opens fast, at most `budget` nodes are
// kept, breadth-first from the output (and from what the user opened), and every kept node
// with inputs left out gets one "⋯" stub so nothing disappears silently.
import { groupOfValue, type GraphModel } from './graphModel';

export interface ViewControls {
  collapsed: ReadonlySet<number>;
  /** Groups the user expanded, most recent first: their contents are kept first. */
  pinnedGroups: readonly number[];
  /** Value ids the user asked to see (a `select` message): kept right after the output. */
  pinnedValues: readonly number[];
  /** Most nodes to draw (value, operation, group and stub nodes all count). */
  budget: number;
}

export type VisibleNodeKind = 'value' | 'op' | 'group' | 'stub';

export interface VisibleNode {
  /** `v<valueId>`, `o<valueId>` (its operation), `g<groupId>`, `s<node fed>`. */
  id: string;
  kind: VisibleNodeKind;
  /** Index into model.values for value and op nodes, else -1. */
  value: number;
  /** Group id of a group node, else 0. */
  group: number;
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
  /** Values drawn, as themselves or inside a group node. */
  shownValues: number;
  /** Values not drawn because of the budget. */
  trimmedValues: number;
  /** Nodes there would be with the same groups collapsed and no budget. */
  untrimmedNodes: number;
  missingInputs: number;
}

export function computeVisibleGraph(model: GraphModel, controls: ViewControls): VisibleGraph {
  const { values, groupList } = model;
  const N = values.length;
  const U = N + groupList.length;

  // Each value is drawn as itself (unit = its index) or inside the outermost collapsed group
  // of its chain (unit = N + that group's index).
  const repOfGroup = new Int32Array(groupList.length).fill(-1);
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
    const u = rep >= 0 ? N + rep : i;
    unitOf[i] = u;
    members[u]++;
    if (firstMember[u] < 0) firstMember[u] = i;
  }

  // Unit-to-unit edges, deduplicated: values are visited unit by unit (a counting sort), so
  // "already linked from w" is one stamp per unit instead of a set of pairs.
  const start = new Int32Array(U + 1);
  for (let i = 0; i < N; i++) start[unitOf[i] + 1]++;
  for (let u = 0; u < U; u++) start[u + 1] += start[u];
  const byUnit = new Int32Array(N);
  const fill = start.slice(0, U);
  for (let i = 0; i < N; i++) byUnit[fill[unitOf[i]]++] = i;
  const inputsOf: (number[] | undefined)[] = new Array(U);
  const consumersOf: (number[] | undefined)[] = new Array(U);
  const missing = new Int32Array(U);
  const stamp = new Int32Array(U).fill(-1);
  const { inputStart, inputIndex } = model;
  for (let u = 0; u < U; u++) {
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

  const cost = (u: number): number => (u < N ? (values[u].op ? 2 : 1) : 1);
  let untrimmedNodes = 0;
  for (let u = 0; u < U; u++) if (members[u] > 0) untrimmedNodes += cost(u);

  // Seeds: the output, then what the user asked for, in that order.
  const queue: number[] = [];
  const queued = new Uint8Array(U);
  const enqueue = (u: number): void => {
    if (u >= 0 && members[u] > 0 && !queued[u]) {
      queued[u] = 1;
      queue.push(u);
    }
  };
  if (model.root >= 0) enqueue(unitOf[model.root]);
  for (const id of controls.pinnedValues) {
    const i = model.indexOf.get(id);
    if (i !== undefined) enqueue(unitOf[i]);
  }
  if (controls.pinnedGroups.length > 0) {
    const homeOf = (u: number): number => {
      if (u < N) return groupOfValue(model, u);
      const chain = groupList[u - N].chain;
      return chain.length > 1 ? chain[chain.length - 2] : 0;
    };
    for (const g of controls.pinnedGroups) {
      for (let u = 0; u < U; u++) if (members[u] > 0 && homeOf(u) === g) enqueue(u);
    }
  }

  const kept = new Uint8Array(U);
  const hidden = new Int32Array(U);
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
  const outNode = (u: number): string =>
    u < N ? `v${values[u].id}` : `g${groupList[u - N].group.id}`;
  const inNode = (u: number): string =>
    u < N
      ? values[u].op
        ? `o${values[u].id}`
        : `v${values[u].id}`
      : `g${groupList[u - N].group.id}`;
  let shownValues = 0;
  let missingInputs = 0;
  for (const u of keepOrder) {
    shownValues += members[u];
    missingInputs += missing[u];
    const order = firstMember[u];
    const base = { hiddenInputs: 0, missingInputs: 0, target: '', order };
    if (u < N) {
      if (values[u].op) {
        nodes.push({ id: `o${values[u].id}`, kind: 'op', value: u, group: 0, ...base });
        edges.push({ from: `o${values[u].id}`, to: `v${values[u].id}` });
      }
      nodes.push({ id: `v${values[u].id}`, kind: 'value', value: u, group: 0, ...base });
    } else {
      const gid = groupList[u - N].group.id;
      nodes.push({ id: `g${gid}`, kind: 'group', value: -1, group: gid, ...base });
    }
    const to = inNode(u);
    for (const w of inputsOf[u] ?? []) if (kept[w]) edges.push({ from: outNode(w), to });
    if (hidden[u] > 0 || missing[u] > 0) {
      nodes.push({
        id: `s${to}`,
        kind: 'stub',
        value: -1,
        group: 0,
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
    missingInputs,
  };
}

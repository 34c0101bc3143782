// A deterministic left-to-right layered layout, as graphviz draws micrograd's draw_dot:
// columns by longest path (leaves, and nodes used once, placed just before that use), order within a column
// by the barycentre of neighbours, positions by isotonic packing. Same graph in, same
// picture out, in O(passes · (V log V + E)): vis-network itself never lays anything out.
import { packColumn } from './isotonic';

/** Room a lane keeps across the flow for an edge passing a column. */
const LANE_WIDTH = 8;
/** Lanes always allowed, whatever the graph's size (beyond: two per node). */
const MIN_LANE_BUDGET = 2000;

export interface LayoutNode {
  width: number;
  height: number;
  /** Tie-breaker (creation order). */
  order: number;
}

export interface LayoutEdge {
  from: number;
  to: number;
}

export interface LayoutOptions {
  columnGap: number;
  rowGap: number;
}

export interface Layout {
  /** Centre of each node. */
  x: Float64Array;
  y: Float64Array;
  column: Int32Array;
  columns: number;
}

export function layeredLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: LayoutOptions,
): Layout {
  const n = nodes.length;
  const ins: number[][] = Array.from({ length: n }, () => []);
  const outs: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    if (e.from === e.to) continue;
    outs[e.from].push(e.to);
    ins[e.to].push(e.from);
  }
  const byOrder = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => nodes[a].order - nodes[b].order || a - b,
  );

  // Longest path from the sources (Kahn). Collapsing groups can close a cycle; when no node
  // is ready, the earliest-created one left goes next and its unfinished inputs count as
  // back edges.
  const column = new Int32Array(n);
  const pending = new Int32Array(n);
  const done = new Uint8Array(n);
  for (let i = 0; i < n; i++) pending[i] = ins[i].length;
  const ready: number[] = byOrder.filter((i) => pending[i] === 0);
  let head = 0;
  let next = 0;
  let processed = 0;
  while (processed < n) {
    let v: number;
    if (head < ready.length) v = ready[head++];
    else {
      while (done[byOrder[next]]) next++;
      v = byOrder[next];
    }
    if (done[v]) continue;
    done[v] = 1;
    processed++;
    for (const w of outs[v]) {
      if (done[w]) continue;
      if (column[w] < column[v] + 1) column[w] = column[v] + 1;
      if (--pending[w] === 0) ready.push(w);
    }
  }
  // Sources sit just left of their earliest consumer, as graphviz places micrograd's leaves,
  // and so does whatever feeds one node only: the terms of a long sum then sit beside the
  // link they feed, not all at the far left with edges fanning across the whole chain.
  // Consumers first, so a moved node's inputs follow it.
  const byColumn = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => column[b] - column[a] || b - a,
  );
  for (const i of byColumn) {
    if (outs[i].length === 0) continue;
    const only = outs[i].every((w) => w === outs[i][0]);
    if (ins[i].length > 0 && !only) continue;
    let c = Infinity;
    for (const w of outs[i]) if (column[w] > column[i]) c = Math.min(c, column[w]);
    if (Number.isFinite(c)) column[i] = c - 1;
  }

  let columns = 0;
  for (let i = 0; i < n; i++) columns = Math.max(columns, column[i] + 1);
  const cols: number[][] = Array.from({ length: columns }, () => []);
  for (const i of byOrder) cols[column[i]].push(i);

  // An edge over several columns passes the columns in between: a lane (graphviz's virtual
  // node) in each keeps the nodes there off its path, so it is not drawn through them
  // (`r = q * q + q`: q's edge to `+` beside `q*q`, not through it). Lanes join the ordering
  // and packing like nodes; only real nodes are returned. Bounded, so that a Value used all
  // along a long chain does not multiply the work.
  const height: number[] = nodes.map((nd) => nd.height);
  const col: number[] = Array.from(column);
  let lanes = 0;
  for (const e of edges) {
    if (e.from !== e.to && column[e.to] - column[e.from] > 1)
      lanes += column[e.to] - column[e.from] - 1;
  }
  if (lanes > 0 && lanes <= Math.max(MIN_LANE_BUDGET, 2 * n)) {
    for (const e of edges) {
      const { from, to } = e;
      if (from === to || column[to] - column[from] <= 1) continue;
      let prev = from;
      const k = outs[from].indexOf(to);
      const j = ins[to].indexOf(from);
      for (let c = column[from] + 1; c < column[to]; c++) {
        const d = height.length;
        height.push(LANE_WIDTH);
        col.push(c);
        ins.push([prev]);
        outs.push([]);
        if (prev === from) outs[from][k] = d;
        else outs[prev].push(d);
        cols[c].push(d);
        prev = d;
      }
      outs[prev].push(to);
      ins[to][j] = prev;
    }
  }
  const total = height.length;

  const y = new Float64Array(total);
  const placed = new Uint8Array(total);
  const place = (c: number, direction: 1 | -1, firstPass: boolean): void => {
    const members = cols[c];
    const desired = new Float64Array(members.length);
    const weight = new Float64Array(members.length);
    let last = 0;
    members.forEach((v, k) => {
      let sum = 0;
      let cnt = 0;
      for (const w of direction === 1 ? ins[v] : outs[v]) {
        if (placed[w] && (direction === 1 ? col[w] < c : col[w] > c)) {
          sum += y[w];
          cnt++;
        }
      }
      if (cnt > 0) {
        desired[k] = sum / cnt;
        weight[k] = cnt;
      } else {
        desired[k] = firstPass ? last : y[v];
        weight[k] = 1e-3;
      }
      last = desired[k];
    });
    const idx = members.map((_, k) => k).sort((a, b) => desired[a] - desired[b] || a - b);
    const sorted = idx.map((k) => members[k]);
    const sep = new Float64Array(sorted.length);
    for (let k = 1; k < sorted.length; k++) {
      sep[k] = (height[sorted[k - 1]] + height[sorted[k]]) / 2 + options.rowGap;
    }
    const pos = packColumn(
      idx.map((k) => desired[k]),
      idx.map((k) => weight[k]),
      sep,
    );
    sorted.forEach((v, k) => {
      y[v] = pos[k];
      placed[v] = 1;
    });
    cols[c] = sorted;
  };
  for (let c = 0; c < columns; c++) place(c, 1, true);
  for (let c = columns - 1; c >= 0; c--) place(c, -1, false);
  for (let c = 0; c < columns; c++) place(c, 1, false);

  const x = new Float64Array(n);
  let left = 0;
  for (let c = 0; c < columns; c++) {
    let w = 0;
    for (const v of cols[c]) if (v < n) w = Math.max(w, nodes[v].width);
    for (const v of cols[c]) if (v < n) x[v] = left + w / 2;
    left += w + options.columnGap;
  }
  return { x, y: y.slice(0, n), column, columns };
}

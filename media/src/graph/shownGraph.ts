// The graph as shown now: the model, the nodes and edges drawn of it, and what is asked of
// them by id (a node, its inputs and consumers, what a selection of it is, the output's node).
import type { GraphSelection } from './graphDetails';
import type { GraphModel } from './graphModel';
import { push } from './graphViewParts';
import type { VisibleGraph, VisibleNode } from './visibleGraph';

export class ShownGraph {
  private readonly byId: ReadonlyMap<string, VisibleNode>;
  private readonly inputIds = new Map<string, string[]>();
  private readonly consumerIds = new Map<string, string[]>();

  constructor(
    readonly model: GraphModel,
    readonly visible: VisibleGraph,
  ) {
    this.byId = new Map(visible.nodes.map((n) => [n.id, n]));
    for (const e of visible.edges) {
      push(this.inputIds, e.to, e.from);
      push(this.consumerIds, e.from, e.to);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  node(id: string): VisibleNode | undefined {
    return this.byId.get(id);
  }

  inputs(id: string): string[] {
    return this.inputIds.get(id) ?? [];
  }

  consumers(id: string): string[] {
    return this.consumerIds.get(id) ?? [];
  }

  /** What the details line says about a drawn node. */
  selectionOf(id: string): GraphSelection | null {
    const n = this.byId.get(id);
    if (!n) return null;
    switch (n.kind) {
      case 'group':
        return { kind: 'group', group: n.group };
      case 'chain':
        return { kind: 'chain', chain: n.chain };
      case 'bundle':
        return { kind: 'bundle', members: n.members };
      case 'stub':
        return { kind: 'stub', hidden: n.hiddenInputs, missing: n.missingInputs };
      default:
        return { kind: n.kind, index: n.value };
    }
  }

  /** The drawn node of the output Value (or of its chain), else the first drawn node. */
  rootNodeId(): string | null {
    const model = this.model;
    if (model.root < 0) return null;
    const v = model.values[model.root];
    for (const id of [`v${v.id}`, `c${v.id}`]) if (this.byId.has(id)) return id;
    return this.visible.nodes[0]?.id ?? null;
  }
}

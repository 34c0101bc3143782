// The text side of the graph: what is selected, in words (read by screen readers through an
// aria-live region), with the actions a node offers as real buttons.
import { button, el } from '../element';
import { count, exact } from '../format/number';
import type { GraphModel } from './graphModel';
import { bundleSubtitle, bundleTitle, chainTitle } from './nodeLook';
import { chainDescription, groupPath, roleText } from './nodeTooltip';

export type GraphSelection =
  | { kind: 'value' | 'op'; index: number }
  | { kind: 'group'; group: number }
  | { kind: 'chain'; chain: number }
  | { kind: 'bundle'; members: number[] }
  | { kind: 'stub'; hidden: number; missing: number };

export interface DetailsActions {
  reveal(index: number): void;
  expand(group: number): void;
  collapse(group: number): void;
  expandChain(chain: number): void;
  collapseChain(chain: number): void;
  openBundle(firstValueId: number): void;
  showMore(): void;
}

export class GraphDetails {
  readonly element: HTMLElement;

  constructor(private readonly actions: DetailsActions) {
    this.element = el('div', {
      className: 'details',
      attrs: { 'aria-live': 'polite', 'aria-label': 'Selected node' },
    });
    this.show(null, null);
  }

  show(selection: GraphSelection | null, model: GraphModel | null): void {
    const parts: Node[] = [];
    const secondary = { className: 'secondary' };
    if (!selection || !model) {
      parts.push(
        el('span', {
          className: 'details-hint',
          text: 'Click a node (or focus the graph and use the arrow keys) to see it here.',
        }),
      );
    } else if (selection.kind === 'value' || selection.kind === 'op') {
      const v = model.values[selection.index];
      const name = v.label || `#${v.id}`;
      parts.push(
        el('strong', {
          className: 'details-name',
          text: selection.kind === 'op' ? `${v.op} → ${name}` : name,
        }),
        el('span', { text: `data ${exact(v.data)}` }),
        el('span', { text: `grad ${exact(v.grad)}` }),
        el('span', {
          className: 'details-muted',
          text: v.op ? `op ${v.op}` : roleText(v, selection.index === model.root),
        }),
      );
      if (v.line > 0) {
        parts.push(
          button(
            `Reveal line ${v.line}, col ${v.col}`,
            () => this.actions.reveal(selection.index),
            secondary,
          ),
        );
      }
      const chain = model.chainOf[selection.index];
      if (chain >= 0) {
        parts.push(
          button(
            `Fold into ${chainTitle(model.chains[chain])}`,
            () => this.actions.collapseChain(chain),
            secondary,
          ),
        );
      }
      if (v.group && model.groups.has(v.group)) {
        parts.push(
          el('span', { className: 'details-muted', text: `in ${groupPath(model, v.group)}` }),
        );
        const label = model.groups.get(v.group)!.group.label;
        parts.push(button(`Collapse ${label}`, () => this.actions.collapse(v.group), secondary));
      }
    } else if (selection.kind === 'group') {
      const info = model.groups.get(selection.group)!;
      parts.push(
        el('strong', { className: 'details-name', text: info.group.label }),
        el('span', { text: `${info.group.kind}, ${count(info.size)} values` }),
        button(`Expand ${info.group.label}`, () => this.actions.expand(selection.group), secondary),
      );
    } else if (selection.kind === 'chain') {
      const chain = model.chains[selection.chain];
      const v = model.values[chain.head];
      parts.push(
        el('strong', { className: 'details-name', text: chainTitle(chain) }),
        el('span', { text: `data ${exact(v.data)}` }),
        el('span', { text: `grad ${exact(v.grad)}` }),
        el('span', { className: 'details-muted', text: chainDescription(chain) }),
        button('Draw every operation', () => this.actions.expandChain(selection.chain), secondary),
      );
    } else if (selection.kind === 'bundle') {
      const leaves = selection.members.map((i) => model.values[i]);
      parts.push(
        el('strong', { className: 'details-name', text: bundleTitle(leaves) }),
        el('span', { text: bundleSubtitle(leaves) }),
        el('span', { className: 'details-muted', text: 'leaves feeding the same nodes' }),
        button('List them', () => this.actions.openBundle(leaves[0].id), secondary),
      );
    } else if (selection.kind === 'stub') {
      parts.push(
        el('strong', { className: 'details-name', text: 'Hidden inputs' }),
        el('span', {
          text:
            selection.hidden > 0
              ? `${count(selection.hidden)} input node(s) left out to keep the graph fast.`
              : `${count(selection.missing)} input value(s) were not sent by the kernel (graph size limit).`,
        }),
      );
      if (selection.hidden > 0) {
        parts.push(button('Show more nodes', () => this.actions.showMore(), secondary));
      }
    }
    this.element.replaceChildren(...parts);
  }
}

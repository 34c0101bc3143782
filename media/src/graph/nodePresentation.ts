// How each kind of drawn node looks, reads (its text, as tests and screen readers get it) and
// explains itself on hover: one switch per question over the visible node kinds.
import type { GraphModel } from './graphModel';
import {
  bundleLook,
  bundleSubtitle,
  bundleTitle,
  chainLook,
  chainTitle,
  groupLook,
  groupSubtitle,
  opLook,
  recordLabel,
  stubLook,
  stubText,
  valueLook,
  type LookContext,
  type NodeLook,
} from './nodeLook';
import {
  bundleTooltip,
  chainTooltip,
  groupTooltip,
  stubTooltip,
  valueTooltip,
} from './nodeTooltip';
import type { VisibleNode } from './visibleGraph';

export function lookOf(model: GraphModel, n: VisibleNode, ctx: LookContext): NodeLook {
  switch (n.kind) {
    case 'value':
      return valueLook(model.values[n.value], n.value === model.root, ctx);
    case 'op':
      return opLook(model.values[n.value].op, ctx);
    case 'group':
      return groupLook(model.groups.get(n.group)!, ctx);
    case 'chain':
      return chainLook(model.chains[n.chain], model.values[n.value], n.value === model.root, ctx);
    case 'bundle':
      return bundleLook(
        n.members.map((i) => model.values[i]),
        ctx,
      );
    case 'stub':
      return stubLook(n.hiddenInputs, n.missingInputs, ctx);
  }
}

export function labelOf(model: GraphModel, n: VisibleNode): string {
  switch (n.kind) {
    case 'value':
      return recordLabel(model.values[n.value]);
    case 'op':
      return model.values[n.value].op;
    case 'group': {
      const info = model.groups.get(n.group)!;
      return `${info.group.label} (${groupSubtitle(info)})`;
    }
    case 'chain': {
      const v = model.values[n.value];
      return `${chainTitle(model.chains[n.chain])} | ${recordLabel({ label: '', data: v.data, grad: v.grad })}`;
    }
    case 'bundle': {
      const leaves = n.members.map((i) => model.values[i]);
      return `${bundleTitle(leaves)} (${bundleSubtitle(leaves)})`;
    }
    case 'stub':
      return stubText(n.hiddenInputs, n.missingInputs);
  }
}

export function tooltipOf(model: GraphModel, n: VisibleNode): HTMLElement {
  switch (n.kind) {
    case 'value':
    case 'op':
      return valueTooltip(model, n.value, n.kind === 'op');
    case 'group':
      return groupTooltip(model, model.groups.get(n.group)!);
    case 'chain':
      return chainTooltip(model, model.chains[n.chain]);
    case 'bundle':
      return bundleTooltip(model, n.members);
    case 'stub':
      return stubTooltip(n.hiddenInputs, n.missingInputs);
  }
}

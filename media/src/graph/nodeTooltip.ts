// Hover cards for graph nodes. vis-network shows a string `title` as text, but an element is
// what lets us lay the card out; it is built from textContent only, so a label such as
// `<img src=x onerror=…>` stays a string.
import type { GraphValue } from '../../../src/kernel/protocol';
import { el } from '../element';
import { count, exact } from '../format/number';
import type { GraphModel, GroupInfo } from './graphModel';
import { bundleSubtitle, bundleTitle, chainTitle } from './nodeLook';
import type { OpChain } from './opChains';

const ROLE_TEXT: Record<GraphValue['role'], string> = {
  leaf: 'input (leaf)',
  param: 'parameter',
  const: 'constant',
  output: 'output',
  inner: 'computed',
};

function row(name: string, value: string): HTMLElement {
  return el('div', { className: 'tip-row' }, [
    el('span', { className: 'tip-key', text: name }),
    el('span', { className: 'tip-val', text: value }),
  ]);
}

export function groupPath(model: GraphModel, groupId: number): string {
  const info = model.groups.get(groupId);
  if (!info) return '';
  return info.chain.map((id) => model.groups.get(id)!.group.label).join(' › ');
}

export function roleText(v: GraphValue, isRoot: boolean): string {
  return isRoot && v.role !== 'output' ? `${ROLE_TEXT[v.role]}, output` : ROLE_TEXT[v.role];
}

export function valueTooltip(model: GraphModel, index: number, forOp: boolean): HTMLElement {
  const v = model.values[index];
  const rows: HTMLElement[] = [
    el('div', {
      className: 'tip-title',
      text: forOp ? `operation ${v.op}` : v.label || '(unnamed value)',
    }),
  ];
  if (forOp) {
    const ins = v.inputs.map((id) => {
      const j = model.indexOf.get(id);
      return j === undefined ? '…' : model.values[j].label || `#${id}`;
    });
    rows.push(row('inputs', ins.join(', ')));
    rows.push(row('result', v.label || `#${v.id}`));
  } else {
    rows.push(row('data', exact(v.data)), row('grad', exact(v.grad)));
    // A user's Value class may record inputs but no operation (no `_op`): not a leaf then.
    const op = v.op || (v.inputs.length > 0 ? '(not recorded)' : '(leaf)');
    rows.push(row('op', op), row('role', roleText(v, index === model.root)));
  }
  if (v.group) rows.push(row('in', groupPath(model, v.group)));
  rows.push(
    row(
      'source',
      v.line > 0
        ? `line ${v.line}, col ${v.col} — click to reveal`
        : 'not made by a line of this file',
    ),
  );
  return el('div', { className: 'tip' }, rows);
}

export function groupTooltip(model: GraphModel, info: GroupInfo): HTMLElement {
  return el('div', { className: 'tip' }, [
    el('div', { className: 'tip-title', text: info.group.label }),
    row('kind', info.group.kind),
    row('values', count(info.size)),
    row('path', groupPath(model, info.group.id)),
    el('div', { className: 'tip-hint', text: 'Double-click (or Enter) to expand.' }),
  ]);
}

/** What a Σ node stands for, in words (the tooltip and the details line share it). */
export function chainDescription(chain: OpChain): string {
  const what = chain.op === '*' ? 'product' : 'sum';
  const extra =
    chain.absorbed > 0
      ? `, with the ${count(chain.absorbed)} value${chain.absorbed === 1 ? '' : 's'} computed only for its terms`
      : '';
  return `a ${what} built as a chain of ${count(chain.links)} ${chain.op} operations${extra}`;
}

export function chainTooltip(model: GraphModel, chain: OpChain): HTMLElement {
  const result = model.values[chain.head];
  const rows: HTMLElement[] = [
    el('div', {
      className: 'tip-title',
      text: `${chainTitle(chain)}${result.label ? ` → ${result.label}` : ''}`,
    }),
    row('data', exact(result.data)),
    row('grad', exact(result.grad)),
    row('is', chainDescription(chain)),
  ];
  if (chain.group) rows.push(row('in', groupPath(model, chain.group)));
  rows.push(
    el('div', {
      className: 'tip-hint',
      text: 'Double-click (or Enter) to draw it operation by operation.',
    }),
  );
  return el('div', { className: 'tip' }, rows);
}

export function bundleTooltip(model: GraphModel, members: readonly number[]): HTMLElement {
  const leaves = members.map((i) => model.values[i]);
  const named = leaves.filter((v) => v.label).map((v) => v.label);
  const rows: HTMLElement[] = [
    el('div', { className: 'tip-title', text: bundleTitle(leaves) }),
    row('data', bundleSubtitle(leaves).replace(/^data /, '')),
  ];
  if (named.length > 0)
    rows.push(row('names', named.slice(0, 6).join(', ') + (named.length > 6 ? ', …' : '')));
  rows.push(
    el('div', {
      className: 'tip-hint',
      text: 'Leaves that feed the same nodes, drawn as one. Double-click (or Enter) to list them.',
    }),
  );
  return el('div', { className: 'tip' }, rows);
}

export function stubTooltip(hidden: number, missing: number): HTMLElement {
  const rows: HTMLElement[] = [el('div', { className: 'tip-title', text: 'More inputs' })];
  if (hidden > 0)
    rows.push(
      row(
        'hidden',
        `${count(hidden)} input node${hidden === 1 ? '' : 's'} left out to keep the graph fast`,
      ),
    );
  if (missing > 0)
    rows.push(
      row(
        'not sent',
        `${count(missing)} input value${missing === 1 ? '' : 's'} beyond the kernel's graph limit`,
      ),
    );
  if (hidden > 0)
    rows.push(el('div', { className: 'tip-hint', text: 'Double-click (or Enter) to show more.' }));
  return el('div', { className: 'tip' }, rows);
}

// The graph view's page furniture around the canvas: the toolbar, the slot for the stepper's
// bar, the note on what is left out, the stage with the canvas's host, the empty view and the
// hover card, and the footer. It says what the view is showing; it draws nothing itself.
import { button, el } from '../element';
import { count } from '../format/number';
import { graphKeysHelp } from './graphKeys';
import { GraphTooltip } from './graphTooltip';
import type { Orientation } from './orientation';

/** What the "No graph yet." view says before anything was drawn. */
const NO_GRAPH_YET = 'No graph yet.';

export interface GraphTools {
  fit(): void;
  expandAll(): void;
  collapseAll(): void;
  exportSvg(): void;
  exportPng(): void;
}

export class GraphFrame {
  readonly element: HTMLElement;
  /** Where vis-network draws; it takes the keyboard focus too. */
  readonly canvasHost: HTMLElement;
  readonly tip: GraphTooltip;
  /** The stepper's bar goes between the toolbar and the picture, its start buttons in the toolbar. */
  readonly stepperSlot: HTMLElement;
  readonly stepperTools: HTMLElement;
  private readonly empty: HTMLElement;
  /** "No graph yet.", or why the graph drawn before is gone. */
  private readonly emptyTitle: HTMLElement;
  private readonly note: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly toolbarButtons: HTMLButtonElement[] = [];

  constructor(
    tools: GraphTools,
    tooltipOf: (id: string) => HTMLElement | null,
    footer: readonly HTMLElement[],
  ) {
    this.summary = el('span', { className: 'summary', attrs: { 'aria-live': 'polite' } });
    this.stepperTools = el('span', { className: 'stepper-tools' });
    const tool = (label: string, title: string, fn: () => void): HTMLButtonElement => {
      const b = button(label, fn, { attrs: { title } });
      this.toolbarButtons.push(b);
      return b;
    };
    const toolbar = el(
      'div',
      { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph tools' } },
      [
        tool('Fit', 'Fit the whole graph in view (F)', () => tools.fit()),
        tool('Expand all', 'Expand every group (big graphs stay trimmed to the node limit)', () =>
          tools.expandAll(),
        ),
        tool('Collapse all', 'Collapse every group', () => tools.collapseAll()),
        tool('Export SVG', 'Save the graph as an SVG file', () => tools.exportSvg()),
        tool('Export PNG', 'Save the graph as a PNG image', () => tools.exportPng()),
        this.stepperTools,
        this.summary,
      ],
    );
    this.note = el('p', { className: 'note', attrs: { role: 'status' } });
    this.stepperSlot = el('div', { className: 'stepper-slot' });
    this.note.hidden = true;
    this.canvasHost = el('div', {
      className: 'graph-canvas',
      attrs: {
        tabindex: '0',
        role: 'application',
        'aria-roledescription': 'compute graph',
        'aria-label': graphKeysHelp('LR'),
      },
    });
    this.emptyTitle = el('p', { text: NO_GRAPH_YET });
    this.empty = el('div', { className: 'empty' }, [
      this.emptyTitle,
      el('p', {
        className: 'details-muted',
        text: 'Call draw(v) in a cell, or use “Show graph” above a cell, to see how v was computed and its gradients.',
      }),
    ]);
    this.tip = new GraphTooltip(this.canvasHost, tooltipOf);
    const stage = el('div', { className: 'graph-stage' }, [
      this.canvasHost,
      this.empty,
      this.tip.element,
    ]);
    this.element = el('div', { className: 'graph-view' }, [
      toolbar,
      this.stepperSlot,
      this.note,
      stage,
      el('div', { className: 'graph-footer' }, [...footer]),
    ]);
  }

  /** The canvas has a size (vis needs one to draw and fit). */
  get sized(): boolean {
    return this.canvasHost.clientWidth > 0 && this.canvasHost.clientHeight > 0;
  }

  /** The empty view (no graph) or the graph's; the caller clears the details line. */
  showEmpty(empty: boolean): void {
    this.empty.hidden = !empty;
    this.emptyTitle.textContent = NO_GRAPH_YET;
    this.canvasHost.classList.toggle('is-empty', empty);
    for (const b of this.toolbarButtons) b.disabled = empty;
    if (empty) {
      this.note.hidden = true;
      this.summary.textContent = '';
    }
  }

  /** The empty view says why the graph drawn before is gone (until a graph is drawn). */
  showGone(reason: string): void {
    this.emptyTitle.textContent = reason;
  }

  showNote(text: string): void {
    this.note.textContent = text;
    this.note.hidden = text === '';
  }

  /** The note as shown ('' when hidden). */
  get noteText(): string {
    return this.note.hidden ? '' : (this.note.textContent ?? '');
  }

  showSummary(values: number, nodes: number): void {
    this.summary.textContent = `${count(values)} value${values === 1 ? '' : 's'} · ${count(nodes)} node${nodes === 1 ? '' : 's'} shown`;
  }

  /** The keyboard help read out on the canvas, for the flow direction drawn. */
  describeKeys(orientation: Orientation): void {
    this.canvasHost.setAttribute('aria-label', graphKeysHelp(orientation));
  }
}

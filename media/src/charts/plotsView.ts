// The Plots tab: the decision boundary (if any) and one line chart per plot() name, a new
// plot with a known name replacing the old one in place.
import type { BoundaryPayload, PlotPayload } from '../../../src/kernel/protocol';
import { button, el } from '../element';
import { count } from '../format/number';
import type { PanelHost } from '../host';
import type { ThemeWatcher } from '../theme/themeWatcher';
import { BoundaryChart } from './boundaryChart';
import { seriesColor } from './seriesColors';
import { plotSeries } from './plotSeries';
import { XyChart } from './xyChart';

export interface PlotsInspection {
  names: string[];
  points: number[];
  boundary: { points: number; contourSegments: number; draws: number } | null;
}

interface PlotCard {
  plot: PlotPayload;
  chart: XyChart;
  card: HTMLElement;
  ordinal: number;
}

export class PlotsView {
  readonly element: HTMLElement;
  private readonly grid: HTMLElement;
  /** The boundary spans the width, above the grid of line charts. */
  private readonly top: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly cards = new Map<string, PlotCard>();
  private boundary: BoundaryChart | null = null;
  private boundaryCard: HTMLElement | null = null;
  private boundaryPoints = 0;

  constructor(
    private readonly host: PanelHost,
    private readonly theme: ThemeWatcher,
  ) {
    this.grid = el('div', { className: 'plot-grid' });
    this.top = el('div', { className: 'plot-top' });
    this.empty = el('div', { className: 'empty' }, [
      el('p', { text: 'No plots yet.' }),
      el('p', {
        className: 'details-muted',
        text: 'plot(ys) draws a line chart here; boundary(model, xs, ys) draws a decision boundary.',
      }),
    ]);
    this.element = el('div', { className: 'plots-view' }, [this.empty, this.top, this.grid]);
    theme.onChange(() => {
      for (const c of this.cards.values()) this.feed(c);
    });
    this.updateEmpty();
  }

  setAll(plots: readonly PlotPayload[], boundary: BoundaryPayload | null): void {
    for (const c of this.cards.values()) c.chart.surface.dispose();
    this.cards.clear();
    this.grid.replaceChildren();
    this.top.replaceChildren();
    this.boundary?.surface.dispose();
    this.boundary = null;
    this.boundaryCard = null;
    if (boundary) this.setBoundary(boundary);
    for (const p of plots) this.setPlot(p);
    this.updateEmpty();
  }

  setPlot(plot: PlotPayload): void {
    const name = String(plot.name);
    const existing = this.cards.get(name);
    if (existing) {
      existing.plot = plot;
      this.feed(existing);
      return;
    }
    const chart = new XyChart(this.theme, {
      ariaLabel: `Plot ${name}`,
      xLabel: 'x',
      yLabel: 'y',
      emptyText: 'No points.',
    });
    const entry: PlotCard = { plot, chart, card: el('section'), ordinal: this.cards.size };
    entry.card = this.card(
      name,
      chart.element,
      () => chart.toPng(),
      `toygrad-plot-${fileSafe(name)}.png`,
    );
    this.cards.set(name, entry);
    this.grid.appendChild(entry.card);
    this.feed(entry);
    this.updateEmpty();
  }

  setBoundary(boundary: BoundaryPayload): void {
    if (!this.boundary) {
      const chart = new BoundaryChart(this.theme);
      this.boundary = chart;
      this.boundaryCard = this.card(
        'Decision boundary',
        chart.element,
        () => chart.toPng(),
        'toygrad-boundary.png',
      );
      this.boundaryCard.classList.add('wide');
      this.top.appendChild(this.boundaryCard);
    }
    this.boundaryPoints = boundary.points.length;
    this.boundary.set(boundary);
    this.updateEmpty();
  }

  onShown(): void {
    for (const c of this.cards.values()) c.chart.surface.requestDraw();
    this.boundary?.surface.requestDraw();
  }

  private feed(c: PlotCard): void {
    const n = Math.min(c.plot.xs?.length ?? 0, c.plot.ys?.length ?? 0);
    c.chart.setSeries(plotSeries(c.plot, seriesColor(this.theme.palette, c.ordinal)));
    const sub = c.card.querySelector('.card-sub');
    if (sub) sub.textContent = `${count(n)} point${n === 1 ? '' : 's'}`;
  }

  private card(title: string, body: HTMLElement, png: () => string, fileName: string): HTMLElement {
    const heading = el('h2', { className: 'card-title', text: title });
    const exportButton = button(
      'Export PNG',
      () => this.host.post({ type: 'export', format: 'png', fileName, data: png() }),
      {
        attrs: { 'aria-label': `Export ${title} as PNG` },
      },
    );
    return el('section', { className: 'card', attrs: { 'aria-label': title } }, [
      el('header', { className: 'card-header' }, [
        heading,
        el('span', { className: 'card-sub details-muted' }),
        exportButton,
      ]),
      body,
    ]);
  }

  private updateEmpty(): void {
    this.empty.hidden = this.cards.size > 0 || this.boundary !== null;
  }

  inspect(): PlotsInspection {
    return {
      names: [...this.cards.keys()],
      points: [...this.cards.values()].map((c) => Math.min(c.plot.xs.length, c.plot.ys.length)),
      boundary: this.boundary
        ? {
            points: this.boundaryPoints,
            contourSegments: this.boundary.contourSegments,
            draws: this.boundary.surface.draws,
          }
        : null,
    };
  }
}

function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'plot';
}

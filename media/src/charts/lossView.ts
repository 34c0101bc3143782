// The Training tab: live loss curves streamed from train() and log(), one series per run and
// curve name, with log scale, smoothing, per-series visibility, clear and exports.
import type { LossBatch } from '../../../src/kernel/protocol';
import { button, el, toggleButton } from '../element';
import { count } from '../format/number';
import type { PanelHost } from '../host';
import { cssColor, withAlpha, type Rgba } from '../theme/color';
import type { ThemeWatcher } from '../theme/themeWatcher';
import type { PlotRect } from './chartFrame';
import { lossCsv } from './lossCsv';
import { seriesColor } from './seriesColors';
import { SeriesStore, type StoredSeries } from './seriesStore';
import { Smoother } from './smoothing';
import { XyChart, type XySeries } from './xyChart';

export interface LossInspection {
  series: {
    key: string;
    name: string;
    runId: number;
    run: string;
    length: number;
    lastStep: number;
    lastValue: number;
  }[];
  logScale: boolean;
  smooth: boolean;
  plotRect: PlotRect | null;
  draws: number;
  lastDrawMs: number;
  maxDrawMs: number;
}

export interface LossUi {
  logScale: boolean;
  smooth: boolean;
  hiddenSeries: string[];
}

export class LossView {
  readonly element: HTMLElement;
  private readonly store = new SeriesStore();
  private readonly smoother = new Smoother();
  private readonly chart: XyChart;
  private readonly legend: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly logButton: HTMLButtonElement;
  private readonly smoothButton: HTMLButtonElement;
  private readonly actionButtons: HTMLButtonElement[];
  private hidden: Set<string>;
  private logScale: boolean;
  private smooth: boolean;
  private legendKeys = '';

  constructor(
    private readonly host: PanelHost,
    private readonly theme: ThemeWatcher,
    ui: LossUi,
    private readonly persist: (ui: LossUi) => void,
  ) {
    this.logScale = ui.logScale;
    this.smooth = ui.smooth;
    this.hidden = new Set(ui.hiddenSeries);
    this.chart = new XyChart(theme, {
      ariaLabel: 'Loss curves',
      xLabel: 'step',
      yLabel: 'value',
      emptyText: 'No loss curves yet: train(...) and log(value) stream points here.',
    });
    this.chart.setLogY(this.logScale);
    this.logButton = toggleButton('Log scale', this.logScale, (on) => {
      this.logScale = on;
      this.chart.setLogY(on);
      this.save();
    });
    this.smoothButton = toggleButton(
      'Smooth',
      this.smooth,
      (on) => {
        this.smooth = on;
        this.save();
        this.refresh(false);
      },
      { attrs: { title: 'Draw each curve as its moving average, over its raw points' } },
    );
    this.actionButtons = [
      button('Clear', () => this.clearFromUser(), { attrs: { title: 'Remove every curve' } }),
      button('Export CSV', () => this.exportCsv(), { attrs: { title: 'Save every point as CSV' } }),
      button('Export PNG', () => this.exportPng(), {
        attrs: { title: 'Save the chart as a PNG image' },
      }),
    ];
    this.summary = el('span', { className: 'summary', attrs: { 'aria-live': 'polite' } });
    this.legend = el('div', {
      className: 'series-legend',
      attrs: { role: 'group', 'aria-label': 'Curves (toggle to show or hide)' },
    });
    this.element = el('div', { className: 'loss-view' }, [
      el(
        'div',
        { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Loss curve tools' } },
        [this.logButton, this.smoothButton, ...this.actionButtons, this.summary],
      ),
      this.legend,
      el('div', { className: 'chart-stage' }, [this.chart.element]),
    ]);
    theme.onChange(() => this.refresh(true));
    this.refresh(true);
  }

  append(batches: readonly LossBatch[]): void {
    if (this.store.append(batches) > 0) this.refresh(false);
  }

  /** Replaces every curve (a `state` message). */
  setAll(batches: readonly LossBatch[]): void {
    this.store.clear();
    this.smoother.clear();
    this.store.append(batches);
    this.refresh(true);
  }

  clear(): void {
    this.store.clear();
    this.smoother.clear();
    this.refresh(true);
  }

  onShown(): void {
    this.chart.surface.requestDraw();
  }

  private clearFromUser(): void {
    this.clear();
    this.host.post({ type: 'clearLoss' });
  }

  private save(): void {
    this.persist({ logScale: this.logScale, smooth: this.smooth, hiddenSeries: [...this.hidden] });
  }

  private refresh(force: boolean): void {
    const p = this.theme.palette;
    const all = this.store.list();
    const series: XySeries[] = all
      .filter((s) => !this.hidden.has(s.key))
      .flatMap((s) => this.drawn(s, seriesColor(p, s.ordinal)));
    this.chart.setSeries(series);
    const points = all.reduce((n, s) => n + s.length, 0);
    this.summary.textContent = all.length
      ? `${all.length} curve${all.length === 1 ? '' : 's'} · ${count(points)} point${points === 1 ? '' : 's'}`
      : '';
    for (const b of this.actionButtons) b.disabled = all.length === 0;
    const keys = all.map((s) => s.key).join('\u0001');
    if (force || keys !== this.legendKeys) {
      this.legendKeys = keys;
      this.legend.replaceChildren(
        ...all.map((s) => {
          const swatch = el('span', {
            className: 'readout-swatch',
            attrs: { 'aria-hidden': 'true' },
          });
          swatch.style.backgroundColor = cssColor(seriesColor(p, s.ordinal));
          const b = toggleButton(
            '',
            !this.hidden.has(s.key),
            (shown) => {
              if (shown) this.hidden.delete(s.key);
              else this.hidden.add(s.key);
              this.save();
              this.refresh(false);
            },
            { className: 'series-toggle' },
          );
          b.replaceChildren(swatch, el('span', { text: seriesLabel(s.name, s.run) }));
          return b;
        }),
      );
      this.legend.hidden = all.length === 0;
    }
  }

  /** A series as the chart draws it: itself, or faint under its moving average. */
  private drawn(s: StoredSeries, color: Rgba): XySeries[] {
    const raw: XySeries = {
      key: s.key,
      label: seriesLabel(s.name, s.run),
      color,
      xs: s.steps,
      ys: s.values,
      length: s.length,
      sortedX: s.sortedX,
      range: s.range,
    };
    if (!this.smooth) return [raw];
    const { values, range } = this.smoother.smooth(s);
    return [
      { ...raw, color: withAlpha(color, 0.3) },
      {
        ...raw,
        key: `${s.key}\u0000smoothed`,
        label: `${raw.label} (smoothed)`,
        ys: values,
        range,
      },
    ];
  }

  private exportCsv(): void {
    this.host.post({
      type: 'export',
      format: 'csv',
      fileName: 'toygrad-loss.csv',
      data: lossCsv(this.store.list()),
    });
  }

  private exportPng(): void {
    this.host.post({
      type: 'export',
      format: 'png',
      fileName: 'toygrad-loss.png',
      data: this.chart.toPng(),
    });
  }

  inspect(): LossInspection {
    const s = this.chart.surface;
    return {
      series: this.store.list().map((x) => ({
        key: x.key,
        name: x.name,
        runId: x.runId,
        run: x.run,
        length: x.length,
        lastStep: x.length ? x.steps[x.length - 1] : NaN,
        lastValue: x.length ? x.values[x.length - 1] : NaN,
      })),
      logScale: this.logScale,
      smooth: this.smooth,
      plotRect: this.chart.plotRect,
      draws: s.draws,
      lastDrawMs: s.lastDrawMs,
      maxDrawMs: s.maxDrawMs,
    };
  }
}

export function seriesLabel(name: string, run: string): string {
  return `${name} · ${run}`;
}

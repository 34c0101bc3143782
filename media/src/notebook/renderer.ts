// The notebook renderer (bundled to dist/renderer.js, an ES module VS Code loads into the
// notebook's output webview) for ToyGrad's own output types: a graph output becomes the
// panel's interactive graph (pan, zoom, groups that open, a click on a Value reveals the
// line that made it), a chart output the curves' picture. Each output lives in its own
// shadow root with the panel's stylesheets, so nothing leaks into other outputs. Data is
// only ever read as JSON and shown as text or canvas drawing: outputs carry no script.
import type { FromPanel } from '../../../src/kernel/protocol';
import { chartPicture } from '../../../src/kernel/outputs/chartPicture';
import { readBoundaryOutput, readPlotOutput } from '../../../src/kernel/outputs/plotOutput';
import {
  BOUNDARY_MIME,
  CHART_MIME,
  GRAPH_MIME,
  PLOT_MIME,
  readChartOutput,
  type FromRenderer,
  readGraphOutput,
} from '../../../src/kernel/outputs/outputMimes';
import { BoundaryChart } from '../charts/boundaryChart';
import { plotSeries } from '../charts/plotSeries';
import { seriesColor } from '../charts/seriesColors';
import { XyChart } from '../charts/xyChart';
import { el } from '../element';
import type { GraphInspection, GraphNodeInspection } from '../graph/graphInspection';
import { GraphView } from '../graph/graphView';
import type { PanelHost } from '../host';
import { ThemeWatcher } from '../theme/themeWatcher';

/** What VS Code hands a renderer (vscode-notebook-renderer's API, the parts used here). */
interface OutputItem {
  readonly id: string;
  readonly mime: string;
  text(): string;
}

interface RendererContext {
  postMessage?(message: unknown): void;
}

interface Shown {
  kind: 'graph' | 'chart' | 'plot' | 'boundary' | 'message';
  graph: GraphView | null;
  theme: ThemeWatcher | null;
}

declare global {
  interface Window {
    /** Read-only look at the rendered outputs, for tests and the webview devtools. */
    toygradRenderer?: {
      outputs(): {
        id: string;
        kind: Shown['kind'];
        graph: GraphInspection | null;
        nodes: GraphNodeInspection[];
      }[];
    };
  }
}

/** vis-network's, the panel's and the renderer's stylesheets: scripts/build.mjs defines it. */
declare const TOYGRAD_RENDERER_CSS: string;

const shown = new Map<string, Shown>();
let sheet: CSSStyleSheet | null = null;

/** One constructed stylesheet, shared by every output's shadow root (no fetch, no <style>). */
function styles(): CSSStyleSheet {
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(TOYGRAD_RENDERER_CSS);
  }
  return sheet;
}

function hostFor(context: RendererContext): PanelHost {
  let state: unknown;
  return {
    post(message: FromPanel) {
      let out: FromRenderer | null = null;
      if (message.type === 'reveal' && message.line > 0)
        out = { type: 'reveal', line: message.line, col: message.col };
      if (message.type === 'export' && message.format !== 'csv')
        out = {
          type: 'export',
          format: message.format,
          fileName: message.fileName,
          data: message.data,
        };
      if (out !== null) context.postMessage?.(out);
    },
    getState: () => state,
    setState: (s) => {
      state = s;
    },
  };
}

function svgElement(svg: string): Element {
  // Parsed as XML, never as HTML: the picture is data our own builder escaped.
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return document.importNode(doc.documentElement, true);
}

/**
 * In an output the first view shows the whole graph with text down to this size (CSS px):
 * every node in sight, a zoom away from comfortable reading, rather than the inputs cut off.
 */
const OUTPUT_WHOLE_GRAPH_TEXT_PX = 5;

function render(item: OutputItem, element: HTMLElement, context: RendererContext): void {
  dispose(item.id);
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles()];
  const box = el('div', { className: 'tg-output' });
  root.replaceChildren(box);
  const message = (text: string) => {
    box.replaceChildren(el('p', { className: 'tg-output-message', text }));
    shown.set(item.id, { kind: 'message', graph: null, theme: null });
  };
  if (item.mime === GRAPH_MIME) {
    const data = readGraphOutput(item.text());
    if (typeof data === 'string') return message(data);
    box.classList.add('tg-graph-output');
    const theme = new ThemeWatcher(document, box);
    const graph = new GraphView(
      hostFor(context),
      theme,
      () => undefined,
      OUTPUT_WHOLE_GRAPH_TEXT_PX,
    );
    box.append(graph.element);
    graph.setGraph(data.graph);
    graph.onShown();
    shown.set(item.id, { kind: 'graph', graph, theme });
  } else if (item.mime === CHART_MIME) {
    const data = readChartOutput(item.text());
    if (typeof data === 'string') return message(data);
    box.classList.add('tg-chart-output');
    box.append(svgElement(chartPicture(data.series, data.title)));
    shown.set(item.id, { kind: 'chart', graph: null, theme: null });
  } else if (item.mime === PLOT_MIME) {
    const data = readPlotOutput(item.text());
    if (typeof data === 'string') return message(data);
    box.classList.add('tg-plot-output');
    const theme = new ThemeWatcher(document, box);
    const chart = new XyChart(theme, {
      ariaLabel: data.title,
      xLabel: 'x',
      yLabel: 'y',
      emptyText: 'No points.',
    });
    const draw = () => chart.setSeries(plotSeries(data.plot, seriesColor(theme.palette, 0)));
    theme.onChange(draw);
    box.append(el('h2', { className: 'card-title', text: data.title }), chart.element);
    draw();
    chart.surface.requestDraw();
    shown.set(item.id, { kind: 'plot', graph: null, theme });
  } else if (item.mime === BOUNDARY_MIME) {
    const data = readBoundaryOutput(item.text());
    if (typeof data === 'string') return message(data);
    box.classList.add('tg-boundary-output');
    const theme = new ThemeWatcher(document, box);
    const chart = new BoundaryChart(theme);
    box.append(el('h2', { className: 'card-title', text: data.title }), chart.element);
    chart.set(data.boundary);
    shown.set(item.id, { kind: 'boundary', graph: null, theme });
  } else {
    message(`ToyGrad cannot show ${item.mime}.`);
  }
}

function dispose(id: string): void {
  shown.get(id)?.theme?.dispose();
  shown.delete(id);
}

export function activate(context: RendererContext) {
  window.toygradRenderer = {
    outputs: () =>
      [...shown].map(([id, s]) => ({
        id,
        kind: s.kind,
        graph: s.graph?.inspect() ?? null,
        nodes: s.graph?.inspectNodes() ?? [],
      })),
  };
  return {
    renderOutputItem(item: OutputItem, element: HTMLElement): void {
      render(item, element, context);
    },
    disposeOutputItem(id?: string): void {
      if (id === undefined) for (const key of [...shown.keys()]) dispose(key);
      else dispose(id);
    },
  };
}

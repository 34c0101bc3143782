// The graph's size laid out each way, which decides the way it flows (camera.ts's
// chooseOrientation): measured with the looks of that way, records stacked when the flow is top
// to bottom. It was once measured with the looks of the way last drawn (none yet, right after a
// graph arrives: side by side), so the neuron reported about 1015×506 top to bottom for a
// drawing of 474×766, and a wide short panel drew it top to bottom, cut off, where left to right
// shows more of it.
import * as assert from 'node:assert/strict';
import type { PanelState } from '../../src/kernel/protocol';
import type { Extent } from '../../media/src/graph/camera';
import type { GraphNodeInspection } from '../../media/src/graph/graphInspection';
import type { Orientation } from '../../media/src/graph/orientation';
import { neuronGraph } from './fixtures/neuronGraph';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

function state(): PanelState {
  return {
    graph: neuronGraph(),
    curves: [],
    plots: [],
    boundary: null,
    view: 'graph',
    maxVisibleNodes: 2000,
  };
}

async function drawn(panel: PanelPage): Promise<void> {
  await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'the graph to draw');
  await panel.nextFrames(3);
}

/** The bounding box of the drawn nodes' outlines, graph coordinates. */
function drawnExtent(nodes: readonly GraphNodeInspection[]): Extent {
  const minX = Math.min(...nodes.map((n) => n.x - n.width / 2));
  const maxX = Math.max(...nodes.map((n) => n.x + n.width / 2));
  const minY = Math.min(...nodes.map((n) => n.y - n.height / 2));
  const maxY = Math.max(...nodes.map((n) => n.y + n.height / 2));
  return { width: maxX - minX, height: maxY - minY };
}

function assertSameExtent(reported: Extent | undefined, drawing: Extent, what: string): void {
  assert.ok(reported, `${what}: an extent was reported`);
  const text = (e: Extent) => `${e.width.toFixed(1)}×${e.height.toFixed(1)}`;
  assert.ok(
    Math.abs(reported.width - drawing.width) < 1 && Math.abs(reported.height - drawing.height) < 1,
    `${what}: reported ${text(reported)}, drawn ${text(drawing)}`,
  );
}

/** The zoom at which an extent fits the canvas, as camera.ts computes it (24 px margins). */
function fitScaleOf(e: Extent, canvas: { width: number; height: number }): number {
  return Math.min(canvas.width / (e.width + 48), canvas.height / (e.height + 48));
}

/** The graph laid out `orientation`'s way, drawn in a fresh page of that size. */
async function drawnIn(
  browser: Browser,
  size: { width: number; height: number },
  orientation: Orientation,
): Promise<{ panel: PanelPage; drawing: Extent; extents: Partial<Record<Orientation, Extent>> }> {
  const panel = await PanelPage.open(browser, { theme: 'light', ...size });
  await panel.send({ type: 'state', state: state() });
  await drawn(panel);
  const g = (await panel.inspect()).graph!;
  assert.equal(
    g.orientation,
    orientation,
    `laid out ${orientation} in ${size.width}×${size.height}`,
  );
  return { panel, drawing: drawnExtent(await panel.graphNodes()), extents: g.extents };
}

describe('webview panel: the graph extent each way (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('reports the top-to-bottom extent of the neuron as drawn top to bottom, and exports that size', async () => {
    const { panel, drawing, extents } = await drawnIn(browser, { width: 480, height: 700 }, 'TB');
    assertSameExtent(extents.TB, drawing, 'top to bottom');
    // Stacked records: the neuron is taller than wide top to bottom.
    assert.ok(drawing.height > drawing.width, `drawn ${drawing.width}×${drawing.height}`);
    const shot = await panel.screenshot('neuron-top-to-bottom-extent');
    assert.ok(shot.endsWith('.png'));

    // The SVG export is the drawn picture with its 24 px margin (the neuron has no stacks).
    await panel.clearPosted();
    await panel.page.getByRole('button', { name: 'Export SVG' }).click();
    await panel.page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some(
        (m) => m.type === 'export',
      ),
    );
    const svg = (await panel.posted()).find((m) => m.type === 'export')!;
    const size = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(
      (svg as { data: string }).data,
    )!;
    assertSameExtent(
      { width: Number(size[1]) - 48, height: Number(size[2]) - 48 },
      drawing,
      'SVG export',
    );
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  it('lays the neuron out left to right in a wide short panel, where that shows more of it than top to bottom', async () => {
    const tall = await drawnIn(browser, { width: 480, height: 700 }, 'TB');
    await tall.panel.close();
    const { panel, drawing, extents } = await drawnIn(browser, { width: 1000, height: 560 }, 'LR');
    assertSameExtent(extents.LR, drawing, 'left to right');
    assertSameExtent(extents.TB, tall.drawing, 'top to bottom, measured but not drawn');
    const canvas = (await panel.page.locator('.graph-canvas').boundingBox())!;
    const lr = fitScaleOf(drawing, canvas);
    const tb = fitScaleOf(tall.drawing, canvas);
    assert.ok(lr > tb, `whole graph at zoom ${lr.toFixed(3)} left to right, ${tb.toFixed(3)} down`);
    await panel.screenshot('neuron-wide-short-left-to-right');
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  it('turns the flow by the true extents when the panel is resized', async () => {
    const { panel, drawing } = await drawnIn(browser, { width: 480, height: 700 }, 'TB');
    await panel.page.setViewportSize({ width: 1000, height: 560 });
    await panel.waitFor((t) => t.graph!.orientation === 'LR', 'turned left to right');
    await panel.nextFrames(3);
    const g = (await panel.inspect()).graph!;
    assertSameExtent(g.extents.TB, drawing, 'top to bottom, as drawn before the turn');
    assertSameExtent(g.extents.LR, drawnExtent(await panel.graphNodes()), 'left to right');
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });
});

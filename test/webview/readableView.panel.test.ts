// The first view of a graph: the whole graph while its text stays legible, else the output end
// at reading size; left to right when that fits, else top to bottom; and the very same view on a first open, on a restored
// (recreated) page and after the panel settles to its size.
import * as assert from 'node:assert/strict';
import type { PanelState } from '../../src/kernel/protocol';
import type { GraphNodeInspection } from '../../media/src/graph/graphInspection';
import { READABLE_TEXT_PX, WHOLE_GRAPH_TEXT_PX } from '../../media/src/graph/camera';
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

type Box = { x: number; y: number; width: number; height: number };

function onScreen(n: GraphNodeInspection, box: Box): boolean {
  return (
    n.clientX! > box.x &&
    n.clientX! < box.x + box.width &&
    n.clientY! > box.y &&
    n.clientY! < box.y + box.height
  );
}

async function drawn(panel: PanelPage): Promise<void> {
  await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'the graph to draw');
  await panel.nextFrames(3);
}

describe('webview panel: a readable first view (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the whole neuron top to bottom in a 480×700 panel, then its output end at reading size when narrower, the rest reachable', async () => {
    const panel = await PanelPage.open(browser, { theme: 'light', width: 480, height: 700 });
    // Every text the graph canvas draws: its font size times the canvas transform's scale,
    // over the device pixel ratio, is its height on screen in CSS pixels.
    await panel.page.evaluate(() => {
      const w = window as unknown as { __textPx: number[] };
      w.__textPx = [];
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, max) {
        if (this.canvas.closest('.graph-canvas')) {
          const px = parseFloat(/(\d+(?:\.\d+)?)px/.exec(this.font)![1]);
          const k = this.canvas.width / this.canvas.clientWidth;
          w.__textPx.push((px * this.getTransform().a) / k);
        }
        return fillText.call(this, text, x, y, max);
      };
    });
    const smallestText = async () => {
      const px = await panel.page.evaluate(() => {
        const w = window as unknown as { __textPx: number[] };
        const all = w.__textPx;
        w.__textPx = [];
        return all;
      });
      assert.ok(px.length > 20, `${px.length} texts drawn`);
      return Math.min(...px);
    };
    await panel.send({ type: 'state', state: state() });
    await drawn(panel);
    const s = (await panel.inspect()).graph!;
    assert.equal(s.orientation, 'TB', 'it fits top to bottom, not left to right');
    assert.equal(s.viewMode, 'initial');
    assert.ok(
      s.textPx >= WHOLE_GRAPH_TEXT_PX - 1e-9,
      `node text ${s.textPx.toFixed(2)} px high at zoom ${s.scale.toFixed(3)}`,
    );
    assert.ok((await smallestText()) >= WHOLE_GRAPH_TEXT_PX - 1e-6);
    const box = (await panel.page.locator('.graph-canvas').boundingBox())!;
    const nodes = await panel.graphNodes();
    for (const n of nodes) assert.ok(onScreen(n, box), `${n.id} is on screen`);
    await panel.screenshot('neuron-narrow-first-view');

    // Records stack their cells as graphviz draws them top to bottom.
    const x1 = nodes.find((n) => n.id === 'v1')!;
    assert.ok(x1.height > x1.width / 2, `x1 is a stacked record (${x1.width}×${x1.height})`);
    const o = nodes.find((n) => n.id === 'v10')!;
    assert.ok(
      nodes.every((n) => n.y <= o.y),
      'the output is at the bottom',
    );
    for (const [from, to] of [
      ['v1', 'o6'],
      ['o6', 'v6'],
      ['v9', 'o10'],
    ])
      assert.ok(
        nodes.find((n) => n.id === from)!.y < nodes.find((n) => n.id === to)!.y,
        `${from} above ${to}`,
      );

    // Arrow keys walk from the output up to an input.
    await panel.page.locator('.graph-canvas').focus();
    await panel.page.keyboard.press('Home');
    // The neuron's edges, input > consumer.
    const edges = new Set([
      ...['o10>v10', 'v9>o10', 'o9>v9', 'v8>o9', 'v5>o9', 'o8>v8', 'v6>o8', 'v7>o8'],
      ...['o6>v6', 'o7>v7', 'v1>o6', 'v3>o6', 'v2>o7', 'v4>o7'],
    ]);
    const path = [(await panel.inspect()).graph!.selected!];
    for (;;) {
      await panel.page.keyboard.press('ArrowUp');
      const sel = (await panel.inspect()).graph!.selected!;
      if (sel === path[path.length - 1]) break;
      assert.ok(
        edges.has(`${sel}>${path[path.length - 1]}`),
        `${sel} feeds ${path[path.length - 1]}`,
      );
      path.push(sel);
    }
    assert.equal(path[0], 'v10', 'Home selects the output');
    assert.ok(
      ['v1', 'v2', 'v3', 'v4', 'v5'].includes(path[path.length - 1]),
      `up to an input: ${path}`,
    );
    // Across the row: the other inputs of the same rank.
    await panel.page.keyboard.press('ArrowRight');
    await panel.page.keyboard.press('ArrowLeft');
    assert.ok(
      (await panel.inspect()).graph!.selected!.startsWith('v'),
      'left and right stay in the row',
    );

    // Narrower still, where the whole neuron would need text under 8 px: the output end at
    // reading size, once the panel's first view is placed again.
    await panel.page.keyboard.press('Escape');
    const fresh = await PanelPage.open(browser, { theme: 'light', width: 320, height: 460 });
    await fresh.send({ type: 'state', state: state() });
    await drawn(fresh);
    const t = (await fresh.inspect()).graph!;
    assert.ok(t.textPx >= READABLE_TEXT_PX - 1e-9, `text ${t.textPx.toFixed(2)} px`);
    const small = (await fresh.page.locator('.graph-canvas').boundingBox())!;
    const out = await fresh.graphNode('v10');
    assert.ok(onScreen(out, small), 'the output is on screen');
    await fresh.screenshot('neuron-small-first-view');
    // What does not fit is reached by dragging the canvas.
    const far = (await fresh.graphNodes()).reduce((a, b) =>
      Math.hypot(b.clientX! - out.clientX!, b.clientY! - out.clientY!) >
      Math.hypot(a.clientX! - out.clientX!, a.clientY! - out.clientY!)
        ? b
        : a,
    );
    assert.ok(!onScreen(far, small), `${far.id} starts off screen`);
    const cx = small.x + small.width / 2;
    const cy = small.y + small.height / 2;
    const clamp = (v: number, half: number) => Math.max(-half + 20, Math.min(half - 20, v));
    for (let k = 0; k < 20; k++) {
      const now = await fresh.graphNode(far.id);
      if (onScreen(now, small)) break;
      const dx = clamp(cx - now.clientX!, small.width / 2);
      const dy = clamp(cy - now.clientY!, small.height / 2);
      await fresh.page.mouse.move(cx - dx / 2, cy - dy / 2);
      await fresh.page.mouse.down();
      await fresh.page.mouse.move(cx, cy, { steps: 3 });
      await fresh.page.mouse.move(cx + dx / 2, cy + dy / 2, { steps: 3 });
      await fresh.page.mouse.up();
      await fresh.nextFrames(2);
    }
    assert.ok(onScreen(await fresh.graphNode(far.id), small), `${far.id} reached by dragging`);
    const u = (await fresh.inspect()).graph!;
    assert.equal(u.viewMode, 'user');
    assert.ok(u.textPx >= READABLE_TEXT_PX - 1e-9, 'panning keeps the zoom');
    // Fit never makes the text illegible: everything would need text under 8 px here, so it
    // shows what fits at 8 px, from the output end; the rest is reached by dragging.
    await fresh.page.getByRole('button', { name: 'Fit' }).click();
    await fresh.nextFrames(2);
    const f = (await fresh.inspect()).graph!;
    assert.equal(f.viewMode, 'fit');
    assert.ok(f.textPx >= WHOLE_GRAPH_TEXT_PX - 1e-9, `Fit keeps text legible: ${f.textPx} px`);
    assert.ok(onScreen(await fresh.graphNode('v10'), small), 'Fit shows the output');
    await fresh.screenshot('neuron-small-fit');
    assert.deepEqual(await panel.problems(), []);
    assert.deepEqual(await fresh.problems(), []);
    await fresh.close();
    await panel.close();
  });

  it('lays out left to right when that fits whole, the same picture every time, and relayouts only when the way flips', async () => {
    const panel = await PanelPage.open(browser, { theme: 'dark', width: 1400, height: 560 });
    await panel.send({ type: 'state', state: state() });
    await drawn(panel);
    const first = await panel.graphNodes();
    const s = (await panel.inspect()).graph!;
    assert.equal(s.orientation, 'LR');
    assert.ok(s.textPx >= WHOLE_GRAPH_TEXT_PX - 1e-9);
    const box = (await panel.page.locator('.graph-canvas').boundingBox())!;
    for (const n of first) assert.ok(onScreen(n, box), `${n.id} is on screen`);
    const o = first.find((n) => n.id === 'v10')!;
    assert.ok(
      first.every((n) => n.x <= o.x),
      'the output is on the right',
    );
    const positions = (ns: GraphNodeInspection[]) =>
      Object.fromEntries(ns.map((n) => [n.id, [n.x, n.y, n.width, n.height]]));
    await panel.screenshot('neuron-wide-first-view');

    // Still fits left to right: nothing is laid out again.
    await panel.page.setViewportSize({ width: 1300, height: 620 });
    await panel.nextFrames(4);
    assert.equal((await panel.inspect()).graph!.orientation, 'LR');
    assert.deepEqual(positions(await panel.graphNodes()), positions(first));
    // Narrow: top to bottom.
    await panel.page.setViewportSize({ width: 480, height: 700 });
    await panel.waitFor((t) => t.graph!.orientation === 'TB', 'turned top to bottom');
    await panel.nextFrames(3);
    const turned = (await panel.inspect()).graph!;
    assert.ok(turned.textPx >= WHOLE_GRAPH_TEXT_PX - 1e-9, 'still legible after the turn');
    assert.notDeepEqual(positions(await panel.graphNodes()), positions(first));
    // Wide again: the same picture as the first time.
    await panel.page.setViewportSize({ width: 1400, height: 560 });
    await panel.waitFor((t) => t.graph!.orientation === 'LR', 'back to left to right');
    await panel.nextFrames(3);
    assert.deepEqual(positions(await panel.graphNodes()), positions(first));

    // Another page, same size, same graph: the same layout (deterministic).
    const again = await PanelPage.open(browser, { theme: 'dark', width: 1400, height: 560 });
    await again.send({ type: 'state', state: state() });
    await drawn(again);
    assert.deepEqual(positions(await again.graphNodes()), positions(first));
    assert.deepEqual(await panel.problems(), []);
    assert.deepEqual(await again.problems(), []);
    await again.close();
    await panel.close();
  });

  it('shows a restored page (window reload, panel shown again) exactly as it first opened', async () => {
    const view = async (p: PanelPage) => {
      const g = (await p.inspect()).graph!;
      const nodes = await p.graphNodes();
      return {
        scale: g.scale,
        orientation: g.orientation,
        at: Object.fromEntries(
          nodes.map((n) => [n.id, [Math.round(n.clientX!), Math.round(n.clientY!)]]),
        ),
      };
    };
    const first = await PanelPage.open(browser, { theme: 'light', width: 480, height: 700 });
    await first.send({ type: 'state', state: state() });
    await drawn(first);
    const opened = await view(first);
    const saved = await first.page.evaluate(
      () => (window as unknown as { __savedState: unknown }).__savedState,
    );
    assert.ok(saved, 'the page saved its UI state');

    // VS Code recreates the page, hands it the saved state, and the extension sends the state.
    const restored = await PanelPage.open(browser, {
      theme: 'light',
      width: 480,
      height: 700,
      savedState: saved,
    });
    await restored.send({ type: 'state', state: state() });
    await drawn(restored);
    assert.deepEqual(await view(restored), opened);
    await restored.screenshot('neuron-narrow-restored');

    // A restored webview often starts at another size and settles: the first view follows.
    const settling = await PanelPage.open(browser, {
      theme: 'light',
      width: 700,
      height: 420,
      savedState: saved,
    });
    await settling.send({ type: 'state', state: state() });
    await drawn(settling);
    await settling.page.setViewportSize({ width: 480, height: 700 });
    await settling.waitFor((t) => t.graph!.orientation === 'TB', 'settled');
    await settling.nextFrames(4);
    assert.deepEqual(await view(settling), opened);

    // The same state again (VS Code re-sends it when the panel is shown again) changes nothing.
    await settling.send({ type: 'state', state: state() });
    await drawn(settling);
    assert.deepEqual(await view(settling), opened);
    for (const p of [first, restored, settling]) {
      assert.deepEqual(await p.problems(), []);
      await p.close();
    }
  });

  it('keeps the zoom the user chose when the panel is resized', async () => {
    const panel = await PanelPage.open(browser, { theme: 'dark', width: 1000, height: 560 });
    await panel.send({ type: 'state', state: state() });
    await drawn(panel);
    const box = (await panel.page.locator('.graph-canvas').boundingBox())!;
    await panel.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await panel.page.mouse.wheel(0, -200);
    await panel.nextFrames(3);
    const zoomed = (await panel.inspect()).graph!;
    assert.equal(zoomed.viewMode, 'user');
    await panel.page.setViewportSize({ width: 800, height: 500 });
    await panel.nextFrames(4);
    const after = (await panel.inspect()).graph!;
    assert.ok(Math.abs(after.scale - zoomed.scale) < 1e-9, `${after.scale} = ${zoomed.scale}`);
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });
});

// One step of the micrograd demo (65,818 Values) must open in under 3 s, collapsed and
// trimmed to the visible-node cap with a note saying so, and stay interactive.
import * as assert from 'node:assert/strict';
import { demoStepGraph, type DemoGraph } from './fixtures/demoGraph';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

describe('webview panel: a 65,818-Value graph (Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let panel: PanelPage;
  let demo: DemoGraph;

  before(async () => {
    demo = demoStepGraph();
    browser = await launchBrowser();
    panel = await PanelPage.open(browser);
  });
  after(async () => {
    const problems = panel ? await panel.problems() : [];
    await browser?.close();
    assert.deepEqual(problems, []);
  });

  it('is the demo step PERFORMANCE.md measures (same counts)', () => {
    assert.equal(demo.payload.values.length, 65_818);
    assert.deepEqual(demo.counts, {
      mul: 30_839,
      add: 30_938,
      relu: 3_300,
      leaves: 741,
      consts: 204,
    });
  });

  it('opens collapsed, within the node cap, with a note, in under 3 s', async () => {
    // Hand the payload to the page first (Playwright's transfer is not what is measured),
    // then time from postMessage (structured clone included) to the end of the first draw.
    await panel.page.evaluate((json) => {
      (window as unknown as Record<string, unknown>).__demo = JSON.parse(json);
    }, JSON.stringify(demo.payload));
    const t0 = await panel.page.evaluate(() => {
      const t = performance.now();
      window.postMessage(
        { type: 'graph', graph: (window as unknown as Record<string, unknown>).__demo },
        '*',
      );
      return t;
    });
    // Wait inside the page, once per frame: polling over the DevTools protocol would compete
    // with the panel for the page's only thread and inflate what is measured.
    const s = await panel.page.waitForFunction(
      () => {
        const g = window.toygradPanel!.inspect().graph;
        return g && g.timings && g.timings.firstDrawAt > 0 ? g : null;
      },
      undefined,
      { timeout: 30_000, polling: 'raf' },
    );
    const graph = (await s.jsonValue())!;
    const openMs = graph.timings!.firstDrawAt - t0;
    console.log(
      `      65,818 values → ${graph.nodeCount} nodes, opened in ${openMs.toFixed(0)} ms ` +
        `(select ${graph.timings!.selectMs.toFixed(0)}, looks ${graph.timings!.looksMs.toFixed(0)}, ` +
        `layout ${graph.timings!.layoutMs.toFixed(0)}, vis ${graph.timings!.networkMs.toFixed(0)}, ` +
        `first draw done ${graph.timings!.firstDrawMs.toFixed(0)} after the message handler started)`,
    );
    assert.ok(openMs < 3000, `opened in ${openMs.toFixed(0)} ms`);
    assert.ok(graph.nodeCount <= 2000, `${graph.nodeCount} nodes drawn`);
    assert.ok(graph.nodeCount > 1500, 'the cap is used, not wasted');
    assert.ok(graph.collapsed.includes(demo.mlpGroup), 'the MLP starts collapsed');
    assert.equal(
      graph.collapsed.length,
      1 + 3 + 33,
      'and so does every layer and neuron inside it',
    );
    assert.match(graph.note, /Large graph: 65,818 values/);
    assert.match(graph.note, /start collapsed/);
    const note = panel.page.locator('.note');
    assert.equal(await note.isVisible(), true, 'the note is visible');
    assert.match(await note.innerText(), /2,000-node display limit/);
    // The output is drawn, on screen, readable.
    const root = await panel.graphNode(`v${demo.payload.rootId}`);
    assert.match(root.label, /^total_loss \| data \d\.\d{4} \| grad 1\.0000$/);
    const box = (await panel.page.locator('.graph-canvas').boundingBox())!;
    assert.ok(root.clientX! > box.x && root.clientX! < box.x + box.width);
    assert.ok((await panel.canvasInk('.graph-canvas canvas')).ink > 1000, 'canvas not blank');
  });

  it('stays interactive: redraws while panning and zooming take well under 100 ms', async () => {
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    await panel.nextFrames(2);
    const box = (await panel.page.locator('.graph-canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const draws0 = (await panel.inspect()).graph!;
    const t0 = Date.now();
    await panel.page.mouse.move(cx, cy);
    await panel.page.mouse.down();
    for (let i = 1; i <= 20; i++) await panel.page.mouse.move(cx + i * 8, cy + i * 2);
    await panel.page.mouse.up();
    await panel.page.mouse.wheel(0, -300);
    await panel.nextFrames(3);
    const elapsed = Date.now() - t0;
    const s = (await panel.inspect()).graph!;
    console.log(
      `      pan + zoom: last frame ${s.lastDrawMs.toFixed(0)} ms, ${elapsed} ms for 20 drag steps`,
    );
    assert.ok(s.lastDrawMs < 100, `last frame took ${s.lastDrawMs.toFixed(0)} ms`);
    assert.notEqual(s.scale, draws0.scale, 'the wheel zoomed');
  });

  it('expands the MLP, then a layer, on double-click, keeping within the cap', async () => {
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    await panel.nextFrames(2);
    const mlp = await panel.graphNode(`g${demo.mlpGroup}`);
    assert.match(mlp.label, /^MLP 2 → 16 → 16 → 1 \(3 layers · 64,337 values\)$/);
    await panel.page.mouse.dblclick(mlp.clientX!, mlp.clientY!);
    let s = await panel.waitFor(
      (t) => !t.graph!.collapsed.includes(demo.mlpGroup) && t.graph!.timings!.firstDrawAt > 0,
      'MLP expanded',
    );
    let ids = new Set((await panel.graphNodes()).map((n) => n.id));
    for (const g of demo.layerGroups) assert.ok(ids.has(`g${g}`), `layer group g${g} drawn`);
    assert.ok(!ids.has(`g${demo.mlpGroup}`));
    // The expanded layers are brought into view and the first is selected.
    assert.equal(s.graph!.selected, `g${demo.layerGroups[0]}`);
    const layer1 = await panel.graphNode(`g${demo.layerGroups[0]}`);
    assert.match(layer1.label, /^layer 1 \(16 neurons · 8,048 values\)$/);
    // Expand layer 1 from the keyboard: it is selected, Enter opens it.
    await panel.page.locator('.graph-canvas').focus();
    await panel.page.keyboard.press('Enter');
    s = await panel.waitFor(
      (t) => !t.graph!.collapsed.includes(demo.layerGroups[0]) && t.graph!.timings!.firstDrawAt > 0,
      'layer 1 expanded',
    );
    ids = new Set((await panel.graphNodes()).map((n) => n.id));
    for (const g of demo.neuronGroups[0]) assert.ok(ids.has(`g${g}`), `neuron group g${g} drawn`);
    assert.ok(s.graph!.nodeCount <= 2000);
    console.log(
      `      re-render after expanding a layer: ${s.graph!.timings!.firstDrawMs.toFixed(0)} ms`,
    );
    assert.ok(s.graph!.timings!.firstDrawMs < 3000);
    // And the details line offers to collapse it back.
    const neuron = await panel.graphNode(`g${demo.neuronGroups[0][0]}`);
    await panel.page.mouse.click(neuron.clientX!, neuron.clientY!);
    await panel.waitFor(
      (t) => t.graph!.selected === `g${demo.neuronGroups[0][0]}`,
      'neuron selected',
    );
    assert.match(await panel.page.locator('.details').innerText(), /neuron 1\.1/);
  });

  it('keeps Expand all and Collapse all within the cap', async () => {
    await panel.page.getByRole('button', { name: 'Expand all' }).click();
    let s = await panel.waitFor(
      (t) => t.graph!.collapsed.length === 0 && t.graph!.timings!.firstDrawAt > 0,
      'all expanded',
      30_000,
    );
    assert.ok(s.graph!.nodeCount <= 2000, `${s.graph!.nodeCount} nodes`);
    console.log(
      `      Expand all (65,818 values, trimmed to the cap): ${s.graph!.timings!.firstDrawMs.toFixed(0)} ms`,
    );
    await panel.page.getByRole('button', { name: 'Collapse all' }).click();
    s = await panel.waitFor(
      (t) => t.graph!.collapsed.length === 37 && t.graph!.timings!.firstDrawAt > 0,
      'all collapsed',
      30_000,
    );
    assert.ok(s.graph!.nodeCount <= 2000);
  });

  it('selecting a Value hidden in a collapsed neuron expands its way to it', async () => {
    // A weight of neuron 2.5: created inside that neuron, so hidden while it is collapsed.
    const neuron = demo.neuronGroups[1][4];
    const weight = demo.payload.values.find((v) => v.group === neuron && v.role === 'param')!;
    await panel.send({ type: 'select', valueId: weight.id });
    const s = await panel.waitFor(
      (t) => t.graph!.selected === `v${weight.id}`,
      'the weight selected',
    );
    assert.ok(!s.graph!.collapsed.includes(neuron));
    assert.ok(!s.graph!.collapsed.includes(demo.layerGroups[1]));
    assert.ok(s.graph!.nodeCount <= 2000);
  });
});

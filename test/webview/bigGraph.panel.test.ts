// One step of the micrograd demo (65,818 Values) must open in under 3 s as a picture of the
// network: the layers as boxes, the inputs as one bundle, each long sum of the loss as one Σ
// node, with a note saying so; readable, and interactive.
import * as assert from 'node:assert/strict';
import { READABLE_TEXT_PX } from '../../media/src/graph/camera';
import { demoStepGraph, type DemoGraph } from './fixtures/demoGraph';
import type { PanelInspection } from '../../media/src/app';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

/** The demo's two long sums (the data loss over 100 points, the L2 term over 337
 * parameters) are named by their results, the inputs of data_loss and reg_loss. */
function sums(demo: DemoGraph): { data: number; reg: number; firstInput: number } {
  const byLabel = (l: string) => demo.payload.values.find((v) => v.label === l)!;
  return {
    data: byLabel('data_loss').inputs[0],
    reg: byLabel('reg_loss').inputs[0],
    firstInput: demo.payload.values.find((v) => v.role === 'leaf')!.id,
  };
}

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

  it('opens as a picture of the network, within the node cap, with a note, in under 3 s', async () => {
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
    // A picture, not a wall: the lone MLP box is opened into its layers, whose neurons stay
    // folded, and the loss's long sums are one node each.
    assert.ok(graph.nodeCount <= 40, `${graph.nodeCount} nodes drawn`);
    assert.ok(!graph.collapsed.includes(demo.mlpGroup), 'the MLP is opened');
    assert.deepEqual(
      [...graph.collapsed].sort((a, b) => a - b),
      [...demo.layerGroups, ...demo.neuronGroups.flat()].sort((a, b) => a - b),
      'its layers and neurons start collapsed',
    );
    const nodes = await panel.graphNodes();
    const label = (id: string) => nodes.find((n) => n.id === id)?.label ?? '(not drawn)';
    assert.match(label(`g${demo.layerGroups[0]}`), /^layer 1 \(16 neurons · 8,048 values\)$/);
    assert.match(label(`g${demo.layerGroups[1]}`), /^layer 2 \(16 neurons · 53,072 values\)$/);
    assert.match(label(`g${demo.layerGroups[2]}`), /^layer 3 \(1 neuron · 3,217 values\)$/);
    const ids = sums(demo);
    assert.match(label(`c${ids.data}`), /^Σ 101 terms \| data \d+\.\d{4} \| grad 0\.0100$/);
    assert.match(label(`c${ids.reg}`), /^Σ 338 terms \| data \d+\.\d{4} \| grad 0\.0001$/);
    assert.match(label(`b${ids.firstInput}`), /^200 inputs \(data -?\d\.\d{4} … \d\.\d{4}\)$/);
    // Wired as the network is: inputs → layer 1 → layer 2 → layer 3 → data sum; every layer
    // (its parameters) → the L2 sum.
    const edges = await panel.page.evaluate(() =>
      window.toygradPanel!.graphEdges().map((e) => `${e.from}>${e.to}`),
    );
    const [l1, l2, l3] = demo.layerGroups.map((g) => `g${g}`);
    for (const e of [
      `b${ids.firstInput}>${l1}`,
      `${l1}>${l2}`,
      `${l2}>${l3}`,
      `${l3}>c${ids.data}`,
      `${l1}>c${ids.reg}`,
      `${l2}>c${ids.reg}`,
      `${l3}>c${ids.reg}`,
    ])
      assert.ok(edges.includes(e), `edge ${e}`);

    assert.match(graph.note, /Large graph: 65,818 values/);
    assert.match(graph.note, /start collapsed/);
    assert.match(graph.note, /one Σ node/);
    const note = panel.page.locator('.note');
    assert.equal(await note.isVisible(), true, 'the note is visible');
    assert.match(await note.innerText(), /2,000-node display limit/);
    // Readable, with the output end on screen: the last layer feeding both sums and the loss.
    assert.ok(graph.textPx >= READABLE_TEXT_PX - 1e-9, `text ${graph.textPx.toFixed(1)} px`);
    const box = (await panel.page.locator('.graph-canvas').boundingBox())!;
    for (const id of [`v${demo.payload.rootId}`, `c${ids.data}`, `c${ids.reg}`, l3]) {
      const n = nodes.find((x) => x.id === id)!;
      assert.ok(
        n.clientX! > box.x && n.clientX! < box.x + box.width,
        `${id} on screen (x ${n.clientX})`,
      );
      assert.ok(n.clientY! > box.y && n.clientY! < box.y + box.height, `${id} on screen (y)`);
    }
    const root = nodes.find((n) => n.id === `v${demo.payload.rootId}`)!;
    assert.match(root.label, /^total_loss \| data \d\.\d{4} \| grad 1\.0000$/);
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

  it('expands a layer on double-click and a neuron with Enter, keeping within the cap', async () => {
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    await panel.nextFrames(2);
    const layer1 = await panel.graphNode(`g${demo.layerGroups[0]}`);
    await panel.page.mouse.dblclick(layer1.clientX!, layer1.clientY!);
    let s = await panel.waitFor(
      (t) => !t.graph!.collapsed.includes(demo.layerGroups[0]) && t.graph!.timings!.firstDrawAt > 0,
      'layer 1 expanded',
    );
    let ids = new Set((await panel.graphNodes()).map((n) => n.id));
    for (const g of demo.neuronGroups[0]) assert.ok(ids.has(`g${g}`), `neuron group g${g} drawn`);
    assert.ok(!ids.has(`g${demo.layerGroups[0]}`));
    // The opened layer's neurons are brought into view and one of them is selected.
    const selected = s.graph!.selected!;
    assert.ok(
      demo.neuronGroups[0].map((g) => `g${g}`).includes(selected),
      `a neuron of layer 1 is selected (${selected})`,
    );
    const neuron = Number(selected.slice(1));
    // Expand it from the keyboard: it is selected, Enter opens it.
    await panel.page.locator('.graph-canvas').focus();
    await panel.page.keyboard.press('Enter');
    s = await panel.waitFor(
      (t) => !t.graph!.collapsed.includes(neuron) && t.graph!.timings!.firstDrawAt > 0,
      'the neuron expanded',
    );
    ids = new Set((await panel.graphNodes()).map((n) => n.id));
    const weight = demo.payload.values.find((v) => v.group === neuron && v.role === 'param')!;
    assert.ok(ids.has(`v${weight.id}`), 'its weights are drawn');
    assert.ok(s.graph!.nodeCount <= 2000);
    console.log(
      `      re-render after expanding a neuron: ${s.graph!.timings!.firstDrawMs.toFixed(0)} ms ` +
        `(select ${s.graph!.timings!.selectMs.toFixed(0)}, looks ${s.graph!.timings!.looksMs.toFixed(0)}, ` +
        `layout ${s.graph!.timings!.layoutMs.toFixed(0)}, vis ${s.graph!.timings!.networkMs.toFixed(0)})`,
    );
    assert.ok(s.graph!.timings!.firstDrawMs < 3000);
    // The details line names a neuron clicked, and offers to expand it.
    const other = demo.neuronGroups[0].find((g) => g !== neuron)!;
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    await panel.nextFrames(2);
    // Fit keeps text legible, so the expanded graph may not fit: zoom out as a person would.
    const box = (await panel.page.locator('.graph-canvas').boundingBox())!;
    const onScreen = (n: { clientX: number | null; clientY: number | null }) =>
      n.clientX! > box.x + 5 &&
      n.clientX! < box.x + box.width - 5 &&
      n.clientY! > box.y + 5 &&
      n.clientY! < box.y + box.height - 5;
    for (let k = 0; k < 20 && !onScreen(await panel.graphNode(`g${other}`)); k++) {
      await panel.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await panel.page.mouse.wheel(0, 300);
      await panel.nextFrames(2);
    }
    const n2 = await panel.graphNode(`g${other}`);
    assert.ok(onScreen(n2), 'the other neuron is in view');
    await panel.page.mouse.click(n2.clientX!, n2.clientY!);
    await panel.waitFor((t) => t.graph!.selected === `g${other}`, 'neuron selected');
    assert.match(await panel.page.locator('.details').innerText(), /neuron 1\.\d+/);
  });

  it('opens a Σ into its operations on double-click, and folds it back', async () => {
    await panel.page.getByRole('button', { name: 'Collapse all' }).click();
    await panel.waitFor((t) => t.graph!.collapsed.length === 37, 'all collapsed');
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    await panel.nextFrames(2);
    const ids = sums(demo);
    const sigma = await panel.graphNode(`c${ids.data}`);
    // Its hover card says what it stands for.
    await panel.page.mouse.move(sigma.clientX!, sigma.clientY!);
    await panel.page.locator('.graph-tip').waitFor({ state: 'visible' });
    assert.match(
      await panel.page.locator('.graph-tip').innerText(),
      /a sum built as a chain of 100 \+ operations, with the 501 values computed only for its terms/,
    );
    // A page busy with the first click can miss the double-click on a loaded machine: a
    // person clicks again, and so does the test (at most three times).
    let s: PanelInspection | null = null;
    for (let attempt = 0; attempt < 3 && s === null; attempt++) {
      await panel.page.mouse.dblclick(sigma.clientX!, sigma.clientY!);
      s = await panel
        .waitFor(
          (t) => t.graph!.expandedChains.includes(ids.data) && t.graph!.timings!.firstDrawAt > 0,
          'the data sum opened',
        )
        .catch(() => null);
    }
    assert.ok(s !== null, 'the data sum opened');
    const drawn = new Set((await panel.graphNodes()).map((n) => n.id));
    assert.ok(drawn.has(`v${ids.data}`) && drawn.has(`o${ids.data}`), 'the last + and its value');
    assert.ok(!drawn.has(`c${ids.data}`));
    const relus = demo.payload.values.filter((v) => v.op === 'ReLU' && v.group === 0);
    assert.equal(relus.length, 100);
    assert.ok(
      relus.every((v) => drawn.has(`v${v.id}`)),
      'every per-point hinge is drawn again',
    );
    assert.ok(s.graph!.nodeCount <= 2000);
    // The details line of an opened link folds the chain back.
    await panel.page.getByRole('button', { name: /^Fold into Σ 101 terms$/ }).click();
    await panel.waitFor((t) => !t.graph!.expandedChains.includes(ids.data), 'folded back');
    assert.ok((await panel.graphNodes()).some((n) => n.id === `c${ids.data}`));
    // The inputs' bundle lists them, from its details line.
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    await panel.nextFrames(2);
    const bundle = await panel.graphNode(`b${ids.firstInput}`);
    await panel.page.mouse.click(bundle.clientX!, bundle.clientY!);
    assert.match(await panel.page.locator('.details').innerText(), /200 inputs/);
    await panel.page.getByRole('button', { name: 'List them' }).click();
    await panel.waitFor(
      (t) => t.graph!.selected === `v${ids.firstInput}` && t.graph!.timings!.firstDrawAt > 0,
      'the inputs listed',
    );
    const inputs = demo.payload.values.filter((v) => v.role === 'leaf');
    const listed = new Set((await panel.graphNodes()).map((n) => n.id));
    assert.ok(
      inputs.every((v) => listed.has(`v${v.id}`)),
      'all 200 inputs drawn',
    );
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
    assert.ok(s.graph!.nodeCount <= 20, `${s.graph!.nodeCount} nodes: the MLP box and the loss`);
    assert.deepEqual(s.graph!.expandedChains, []);
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

  it('selecting a Value folded into a Σ opens the Σ', async () => {
    const hinge = demo.payload.values.filter((v) => v.op === 'ReLU' && v.group === 0)[42];
    await panel.send({ type: 'select', valueId: hinge.id });
    const s = await panel.waitFor(
      (t) => t.graph!.selected === `v${hinge.id}`,
      'the hinge selected',
    );
    assert.ok(s.graph!.expandedChains.includes(sums(demo).data));
    assert.ok(s.graph!.nodeCount <= 2000);
  });
});

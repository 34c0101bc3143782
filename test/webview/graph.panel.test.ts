// The compute graph in real headless Chromium, driven by real protocol messages.
import * as assert from 'node:assert/strict';
import type { FromPanel } from '../../src/kernel/protocol';
import { LECTURE_LABELS, lectureGraph } from './fixtures/lectureGraph';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

describe('webview panel: compute graph (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let panel: PanelPage;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    panel = await PanelPage.open(browser);
  });
  afterEach(async function () {
    if (panel) {
      const problems = await panel.problems();
      await panel.close();
      if (this.currentTest?.state === 'passed') assert.deepEqual(problems, []);
    }
  });

  async function showLecture(): Promise<void> {
    await panel.send({ type: 'graph', graph: lectureGraph() });
    await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'the graph to draw');
    await panel.nextFrames(2);
  }

  it('posts ready when it starts, before anything else', async () => {
    const posted = await panel.posted();
    assert.deepEqual(posted[0], { type: 'ready' });
  });

  it("renders the lecture graph with draw_dot's labels, data and grads, and ink on the canvas", async () => {
    await showLecture();
    const nodes = await panel.graphNodes();
    const byId = Object.fromEntries(nodes.map((n) => [n.id, n.label]));
    assert.deepEqual(byId, LECTURE_LABELS);
    const s = await panel.inspect();
    assert.equal(s.graph!.edges, 9, '2 inputs per op (6) + op → value (3)');
    assert.equal(s.graph!.gradMax, 6);
    // Every node is on screen after the initial fit, and the canvas is not blank.
    const box = await panel.page.locator('.graph-canvas').boundingBox();
    for (const n of nodes) {
      assert.ok(n.clientX! > box!.x && n.clientX! < box!.x + box!.width, `${n.id} x on screen`);
      assert.ok(n.clientY! > box!.y && n.clientY! < box!.y + box!.height, `${n.id} y on screen`);
    }
    const ink = await panel.canvasInk('.graph-canvas canvas');
    assert.ok(ink.ink > 5000, `canvas has drawing (${ink.ink} px)`);
    assert.ok(ink.colors > 50, 'more than a flat fill');
    // The grad cell of a (+6) is red, of b (-4) blue: read the pixel at the right end of each record.
    const colourAt = async (id: string): Promise<[number, number, number]> => {
      const n = await panel.graphNode(id);
      const pos = await panel.page.evaluate(
        ({ x, y }) => {
          const c = document.querySelector('.graph-canvas canvas') as HTMLCanvasElement;
          const r = c.getBoundingClientRect();
          return { x: x - r.left, y: y - r.top };
        },
        { x: n.clientX!, y: n.clientY! },
      );
      return panel.page.evaluate(({ x, y }) => {
        const c = document.querySelector('.graph-canvas canvas') as HTMLCanvasElement;
        const k = c.width / c.clientWidth;
        // Scan right from the centre to find the last strongly coloured pixel of the record.
        const ctx = c.getContext('2d')!;
        let best: [number, number, number] = [0, 0, 0];
        let sat = -1;
        for (let dx = 0; dx < 200; dx++) {
          const d = ctx.getImageData(Math.round((x + dx) * k), Math.round(y * k), 1, 1).data;
          const s = Math.max(d[0], d[1], d[2]) - Math.min(d[0], d[1], d[2]);
          if (s > sat) {
            sat = s;
            best = [d[0], d[1], d[2]];
          }
        }
        return best;
      }, pos);
    };
    const [ar, , ab] = await colourAt('v1');
    const [br, , bb] = await colourAt('v2');
    assert.ok(ar > ab + 60, `a's positive grad is red (${ar}, ${ab})`);
    assert.ok(bb > br + 60, `b's negative grad is blue (${br}, ${bb})`);
  });

  it('joins a Value that records inputs but no op straight to them; its tooltip says so', async () => {
    // A user's Value class without `_op` (tiny_gpt.py's): e = a*b and L have no op.
    const graph = lectureGraph();
    for (const v of graph.values) if (v.id === 4 || v.id === 7) v.op = '';
    await panel.send({ type: 'graph', graph });
    await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'the graph to draw');
    await panel.nextFrames(2);
    const s = await panel.inspect();
    assert.equal(s.graph!.edges, 7, 'a, b → e and d, f → L directly; c, e → + → d');
    const tipOp = async (id: string, label: string): Promise<string> => {
      const n = await panel.graphNode(id);
      await panel.page.mouse.move(n.clientX!, n.clientY!);
      const title = panel.page.locator('.graph-tip .tip-title', {
        hasText: new RegExp(`^${label}$`),
      });
      await title.waitFor({ state: 'visible' });
      const text = await panel.page.locator('.graph-tip').innerText();
      return /op\s+(.*)/.exec(text)?.[1] ?? text;
    };
    assert.equal(await tipOp('v4', 'e'), '(not recorded)');
    assert.equal(await tipOp('v1', 'a'), '(leaf)');
  });

  it('lays out left to right, deterministically, with op nodes between inputs and outputs', async () => {
    await showLecture();
    const first = await panel.graphNodes();
    const x = Object.fromEntries(first.map((n) => [n.id, n.x]));
    assert.ok(
      x.v1 < x.o4 && x.o4 < x.v4 && x.v4 < x.o5 && x.o5 < x.v5 && x.v5 < x.o7 && x.o7 < x.v7,
    );
    assert.equal(x.v1, x.v2, 'a and b share a column');
    assert.ok(x.v3 > x.v1, 'c sits next to where it is used, as in draw_dot');
    // The same graph again gives the very same positions.
    await panel.send({ type: 'graph', graph: lectureGraph() });
    await panel.waitFor(
      (s) => s.graph!.renders === 2 && s.graph!.timings!.firstDrawAt > 0,
      'second draw',
    );
    const again = await panel.graphNodes();
    assert.deepEqual(
      again.map((n) => [n.id, n.x, n.y]),
      first.map((n) => [n.id, n.x, n.y]),
    );
  });

  it('posts reveal with the line and column when a node is clicked', async () => {
    await showLecture();
    await panel.clearPosted();
    const e = await panel.graphNode('v4');
    await panel.page.mouse.click(e.clientX!, e.clientY!);
    await panel.page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some(
        (m) => m.type === 'reveal',
      ),
    );
    const reveals = (await panel.posted()).filter((m) => m.type === 'reveal');
    assert.deepEqual(reveals[0], { type: 'reveal', valueId: 4, line: 5, col: 5 });
    // The op node reveals the line of the value it computes.
    const plus = await panel.graphNode('o5');
    await panel.page.mouse.click(plus.clientX!, plus.clientY!);
    await panel.page.waitForFunction(
      () =>
        (window as unknown as { __posted: { type: string }[] }).__posted.filter(
          (m) => m.type === 'reveal',
        ).length >= 2,
    );
    const second = (await panel.posted()).filter((m) => m.type === 'reveal')[1];
    assert.deepEqual(second, { type: 'reveal', valueId: 5, line: 6, col: 5 });
    // The details line names the selection, as text.
    const details = await panel.page.locator('.details').innerText();
    assert.match(details, /\+ → d/);
    assert.match(details, /data 4\.0/);
  });

  it('updates data and grads in place after a values message, without moving any node', async () => {
    await showLecture();
    const before = await panel.graphNodes();
    const rendersBefore = (await panel.inspect()).graph!.renders;
    // Another backward without zero_grad doubles every grad; a.data was nudged by an update.
    await panel.send({
      type: 'values',
      updates: lectureGraph().values.map((v) => ({
        id: v.id,
        data: v.id === 1 ? 2.06 : v.data,
        grad: v.grad * 2,
      })),
    });
    await panel.waitFor((s) => s.graph!.gradMax === 12, 'the new grads');
    await panel.nextFrames(2);
    const after = await panel.graphNodes();
    const label = (id: string) => after.find((n) => n.id === id)!.label;
    assert.equal(label('v1'), 'a | data 2.0600 | grad 12.0000');
    assert.equal(label('v7'), 'L | data -8.0000 | grad 2.0000');
    assert.equal(label('v2'), 'b | data -3.0000 | grad -8.0000');
    assert.deepEqual(
      after.map((n) => [n.id, n.x, n.y]),
      before.map((n) => [n.id, n.x, n.y]),
      'positions unchanged',
    );
    assert.equal((await panel.inspect()).graph!.renders, rendersBefore, 'no new layout');
  });

  it('selects and focuses a node on a select message, and clears it on null', async () => {
    await showLecture();
    await panel.send({ type: 'select', valueId: 3 });
    await panel.waitFor((s) => s.graph!.selected === 'v3', 'selection');
    const c = await panel.graphNode('v3');
    const box = (await panel.page.locator('.graph-canvas').boundingBox())!;
    assert.ok(Math.abs(c.clientX! - (box.x + box.width / 2)) < 2, 'centred horizontally');
    assert.ok(Math.abs(c.clientY! - (box.y + box.height / 2)) < 2, 'centred vertically');
    assert.match(await panel.page.locator('.details').innerText(), /^c\b/);
    await panel.send({ type: 'select', valueId: null });
    await panel.waitFor((s) => s.graph!.selected === null, 'no selection');
  });

  it('is keyboard accessible: arrows move along edges, Enter reveals', async () => {
    await showLecture();
    await panel.clearPosted();
    await panel.page.locator('.graph-canvas').focus();
    await panel.page.keyboard.press('ArrowLeft'); // no selection yet: starts at the output
    await panel.waitFor((s) => s.graph!.selected === 'v7', 'output selected');
    await panel.page.keyboard.press('ArrowLeft'); // L ← *
    await panel.waitFor((s) => s.graph!.selected === 'o7', 'op selected');
    await panel.page.keyboard.press('ArrowLeft'); // * ← d or f, the nearest
    const s = await panel.waitFor(
      (s) => s.graph!.selected === 'v5' || s.graph!.selected === 'v6',
      'an input',
    );
    const other = s.graph!.selected === 'v5' ? 'v6' : 'v5';
    await panel.page.keyboard.press(s.graph!.selected === 'v5' ? 'ArrowDown' : 'ArrowUp');
    await panel.waitFor((t) => t.graph!.selected === other, 'the other input');
    await panel.page.keyboard.press('Home');
    await panel.waitFor((t) => t.graph!.selected === 'v7', 'back to the output');
    await panel.page.keyboard.press('Enter');
    await panel.page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some(
        (m) => m.type === 'reveal',
      ),
    );
    assert.deepEqual(
      (await panel.posted()).find((m) => m.type === 'reveal'),
      {
        type: 'reveal',
        valueId: 7,
        line: 8,
        col: 5,
      },
    );
    // Focus is visible: the focused canvas has an outline.
    const outline = await panel.page
      .locator('.graph-canvas')
      .evaluate((e) => getComputedStyle(e).outlineStyle);
    assert.equal(outline, 'solid');
  });

  it('exports SVG built from the layout and a PNG of the whole graph', async () => {
    await showLecture();
    await panel.clearPosted();
    await panel.page.getByRole('button', { name: 'Export SVG' }).click();
    await panel.page.getByRole('button', { name: 'Export PNG' }).click();
    await panel.page.waitForFunction(
      () =>
        (window as unknown as { __posted: { type: string }[] }).__posted.filter(
          (m) => m.type === 'export',
        ).length === 2,
    );
    const exports = (await panel.posted()).filter(
      (m): m is Extract<FromPanel, { type: 'export' }> => m.type === 'export',
    );
    const svg = exports.find((m) => m.format === 'svg')!;
    assert.equal(svg.fileName, 'toygrad-graph.svg');
    assert.match(svg.data, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const text of ['data 2.0000', 'grad 6.0000', 'data -8.0000', '>L<', '>*<', '>+<']) {
      assert.ok(svg.data.includes(text), `SVG contains ${text}`);
    }
    // Well-formed XML, parsed by the browser.
    const parsed = await panel.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        texts: doc.querySelectorAll('text').length,
      };
    }, svg.data);
    assert.equal(parsed.error, false);
    assert.equal(parsed.texts, 7 * 3 + 3, 'three cells per value, one per op');
    const png = exports.find((m) => m.format === 'png')!;
    assert.equal(png.fileName, 'toygrad-graph.png');
    assert.match(png.data, /^data:image\/png;base64,/);
    const size = await panel.page.evaluate(async (url) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, png.data);
    assert.ok(size.w > 800 && size.h > 100, `PNG holds the whole graph (${size.w}x${size.h})`);
  });
});

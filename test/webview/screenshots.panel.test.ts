// Themes: canvases follow a theme switch, and screenshots of every view in VS Code's stock
// dark and light themes land in test-artifacts/screenshots/panel-*.png for people to look at.
import * as assert from 'node:assert/strict';
import type { LossBatch, PanelState } from '../../src/kernel/protocol';
import { moonsBoundary } from './fixtures/boundary';
import { demoStepGraph } from './fixtures/demoGraph';
import { lectureGraph } from './fixtures/lectureGraph';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';
import type { ThemeName } from './harness/themes';

function curves(): LossBatch[] {
  const run = (runId: number, rate: number, n: number): LossBatch => ({
    name: 'loss',
    runId,
    points: Array.from({ length: n }, (_, step) => ({
      step,
      value: 0.9 * Math.exp(-step / rate) + 0.02 + 0.015 * Math.sin(step / 9) ** 2,
    })),
  });
  const acc: LossBatch = {
    name: 'accuracy',
    runId: 2,
    points: Array.from({ length: 100 }, (_, step) => ({
      step,
      value: 1 - 0.5 * Math.exp(-step / 20),
    })),
  };
  return [run(1, 40, 100), run(2, 25, 100), acc];
}

function state(view: PanelState['view']): PanelState {
  const xs = Array.from({ length: 100 }, (_, i) => i / 10);
  return {
    graph: lectureGraph(),
    curves: curves(),
    plots: [
      { name: 'learning rate', xs: xs.map((_, i) => i), ys: xs.map((_, i) => 1 - 0.9 * (i / 99)) },
      { name: 'tanh', xs: xs.map((x) => x - 5), ys: xs.map((x) => Math.tanh(x - 5)) },
    ],
    boundary: moonsBoundary(),
    view,
    maxVisibleNodes: 2000,
  };
}

describe('webview panel: themes and screenshots (Chromium)', function () {
  this.timeout(120_000);
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('redraws canvases in the new colours when VS Code switches theme', async () => {
    const panel = await PanelPage.open(browser, { theme: 'dark' });
    await panel.send({ type: 'state', state: state('curves') });
    await panel.waitFor((s) => s.curves.draws > 0, 'curves drawn');
    await panel.nextFrames(2);
    const corner = () =>
      panel.page.evaluate(() => {
        const c = document.querySelector('.loss-view canvas') as HTMLCanvasElement;
        return [...c.getContext('2d')!.getImageData(1, 1, 1, 1).data.slice(0, 3)];
      });
    assert.deepEqual(await corner(), [0x1f, 0x1f, 0x1f], 'dark editor background');
    await panel.setTheme('light');
    await panel.nextFrames(2);
    assert.deepEqual(await corner(), [0xff, 0xff, 0xff], 'light editor background');
    // The graph's node fills follow too.
    await panel.page.getByRole('tab', { name: 'Graph' }).click();
    await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'graph drawn');
    await panel.nextFrames(2);
    const fillAt = async () => {
      const l = await panel.graphNode('v7');
      return panel.page.evaluate(
        ({ x, y }) => {
          const c = document.querySelector('.graph-canvas canvas') as HTMLCanvasElement;
          const r = c.getBoundingClientRect();
          const k = c.width / c.clientWidth;
          // Inside L's record, in its data cell, just above the text.
          return [
            ...c
              .getContext('2d')!
              .getImageData(Math.round((x - r.left) * k), Math.round((y - r.top - 9) * k), 1, 1)
              .data.slice(0, 3),
          ];
        },
        { x: l.clientX!, y: l.clientY! },
      );
    };
    const light = await fillAt();
    await panel.setTheme('dark');
    await panel.nextFrames(3);
    const dark = await fillAt();
    assert.ok(
      light[0] > 200 && dark[0] < 80,
      `record fill follows the theme (light ${light}, dark ${dark})`,
    );
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  for (const theme of ['dark', 'light'] as ThemeName[]) {
    it(`takes screenshots of every view in the ${theme} theme`, async () => {
      const panel = await PanelPage.open(browser, { theme, width: 1200, height: 760 });
      await panel.send({ type: 'state', state: state('graph') });
      await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'graph drawn');
      await panel.nextFrames(3);
      const e = await panel.graphNode('v4');
      await panel.page.mouse.click(e.clientX!, e.clientY!);
      await panel.page.locator('.graph-canvas').focus();
      const a = await panel.graphNode('v1');
      await panel.page.mouse.move(a.clientX!, a.clientY!);
      await panel.page.locator('.graph-tip').waitFor({ state: 'visible' });
      await panel.nextFrames(2);
      await panel.screenshot(`graph-${theme}`);

      await panel.page.getByRole('tab', { name: 'Loss curves' }).click();
      await panel.nextFrames(3);
      const s = await panel.inspect();
      const r = s.curves.plotRect!;
      const box = (await panel.page.locator('.loss-view canvas').boundingBox())!;
      await panel.page.mouse.move(
        box.x + r.left + (r.right - r.left) * 0.3,
        box.y + (r.top + r.bottom) / 2,
      );
      await panel.page.locator('.loss-view .readout').waitFor({ state: 'visible' });
      await panel.nextFrames(2);
      await panel.screenshot(`curves-${theme}`);

      await panel.page.getByRole('tab', { name: 'Plots' }).click();
      await panel.nextFrames(3);
      await panel.screenshot(`plots-${theme}`);
      await panel.page.locator('.plots-view').evaluate((e) => e.scrollTo(0, e.scrollHeight));
      await panel.nextFrames(2);
      await panel.screenshot(`plots-lines-${theme}`);
      assert.deepEqual(await panel.problems(), []);
      await panel.close();
    });
  }

  it('takes a screenshot of a noisy one-example-per-step loss, smoothed', async () => {
    // A deterministic stand-in for noise: the fractional part of a large sine.
    const noise = (k: number) => {
      const x = Math.sin(k * 12.9898) * 43758.5453;
      return x - Math.floor(x);
    };
    const panel = await PanelPage.open(browser, { theme: 'dark', width: 1000, height: 560 });
    // tiny_gpt's shape: one name per step, so the loss jumps ±0.4 around a slow decline.
    const points = Array.from({ length: 400 }, (_, step) => ({
      step,
      value: 2.3 + Math.exp(-step / 120) + 0.8 * (noise(step) - 0.5),
    }));
    await panel.send({
      type: 'loss',
      batches: [{ name: 'loss', runId: 1, run: 'cell 1 #1', points }],
    });
    await panel.page.getByRole('tab', { name: 'Loss curves' }).click();
    await panel.page.getByRole('button', { name: 'Smooth' }).click();
    await panel.waitFor((s) => s.curves.smooth && s.curves.series[0]?.length === 400, 'smoothed');
    await panel.nextFrames(3);
    await panel.screenshot('curves-smoothed-dark');
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  it('takes screenshots of the demo step graph (first view, fitted, a layer expanded, a Σ opened)', async () => {
    const demo = demoStepGraph();
    const panel = await PanelPage.open(browser, { theme: 'dark', width: 1200, height: 760 });
    await panel.page.evaluate(
      (json) => window.postMessage({ type: 'graph', graph: JSON.parse(json) }, '*'),
      JSON.stringify(demo.payload),
    );
    await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'demo drawn', 30_000);
    await panel.nextFrames(3);
    await panel.screenshot('demo-dark');
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    await panel.nextFrames(3);
    await panel.screenshot('demo-fit-dark');
    const layer2 = await panel.graphNode(`g${demo.layerGroups[1]}`);
    await panel.page.mouse.dblclick(layer2.clientX!, layer2.clientY!);
    await panel.waitFor(
      (s) => !s.graph!.collapsed.includes(demo.layerGroups[1]) && s.graph!.timings!.firstDrawAt > 0,
      'expanded',
      30_000,
    );
    await panel.nextFrames(3);
    await panel.screenshot('demo-expanded-dark');
    await panel.page.getByRole('button', { name: 'Collapse all' }).click();
    await panel.waitFor((s) => s.graph!.collapsed.length === 37, 'collapsed', 30_000);
    const dataSum = demo.payload.values.find((v) => v.label === 'data_loss')!.inputs[0];
    await panel.page.getByRole('button', { name: 'Fit' }).click();
    await panel.nextFrames(2);
    const sigma = await panel.graphNode(`c${dataSum}`);
    await panel.page.mouse.dblclick(sigma.clientX!, sigma.clientY!);
    await panel.waitFor(
      (s) => s.graph!.expandedChains.includes(dataSum) && s.graph!.timings!.firstDrawAt > 0,
      'Σ opened',
      30_000,
    );
    await panel.nextFrames(3);
    await panel.screenshot('demo-sum-opened-dark');
    // The narrow panel beside the editor: top to bottom, still readable.
    await panel.page.setViewportSize({ width: 480, height: 900 });
    await panel.page.getByRole('button', { name: 'Collapse all' }).click();
    await panel.waitFor((s) => s.graph!.orientation === 'TB', 'turned', 30_000);
    await panel.nextFrames(3);
    await panel.screenshot('demo-narrow-dark');
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  it('stays readable zoomed in (VS Code zoom 200%) in a narrow panel', async () => {
    const zoomed = await launchBrowser({ deviceScaleFactor: 2 });
    const panel = await PanelPage.open(zoomed, { theme: 'light', width: 560, height: 520 });
    await panel.send({ type: 'state', state: state('graph') });
    await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'graph drawn');
    await panel.nextFrames(3);
    await panel.screenshot('graph-light-narrow-zoom200');
    await panel.page.getByRole('tab', { name: 'Loss curves' }).click();
    await panel.nextFrames(3);
    // The chart's backing store follows the device pixel ratio (sharp text and lines).
    const ratio = await panel.page
      .locator('.loss-view canvas')
      .evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth);
    assert.equal(ratio, 2);
    await panel.screenshot('curves-light-narrow-zoom200');
    const problems = await panel.problems();
    await zoomed.close();
    assert.deepEqual(problems, []);
  });
});

// Loss curves: 10,000 points streamed in batches at 20 Hz, as the extension forwards them.
import * as assert from 'node:assert/strict';
import type { FromPanel, LossBatch } from '../../src/kernel/protocol';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

/** A training-like curve: decays with a little deterministic wiggle. */
function lossAt(step: number): number {
  return 0.9 * Math.exp(-step / 1500) + 0.01 + 0.02 * Math.sin(step / 37) ** 2;
}

describe('webview panel: loss curves (Chromium)', function () {
  this.timeout(90_000);
  let browser: Browser;
  let panel: PanelPage;

  before(async () => {
    browser = await launchBrowser();
    panel = await PanelPage.open(browser);
    await panel.page.getByRole('tab', { name: 'Loss curves' }).click();
  });
  after(async () => {
    const problems = panel ? await panel.problems() : [];
    await browser?.close();
    assert.deepEqual(problems, []);
  });

  it('plots all of 10,000 points streamed in 100 batches at 20 Hz, redrawing at most once a frame', async () => {
    const draws0 = (await panel.inspect()).curves.draws;
    // Stream from inside the page so the 50 ms cadence is real.
    const sent = await panel.page.evaluate(
      ({ batches, perBatch }) =>
        new Promise<number>((resolve) => {
          // The same formula as lossAt() above (the page cannot eval code under its CSP).
          const lossAt = (step: number): number =>
            0.9 * Math.exp(-step / 1500) + 0.01 + 0.02 * Math.sin(step / 37) ** 2;
          let k = 0;
          const timer = setInterval(() => {
            const points = [];
            for (let i = 0; i < perBatch; i++) {
              const step = k * perBatch + i;
              points.push({ step, value: lossAt(step) });
            }
            window.postMessage(
              { type: 'loss', batches: [{ name: 'loss', runId: 1, points }] },
              '*',
            );
            if (++k === batches) {
              clearInterval(timer);
              resolve(k);
            }
          }, 50);
        }),
      { batches: 100, perBatch: 100 },
    );
    assert.equal(sent, 100);
    const s = await panel.waitFor((t) => t.curves.series[0]?.length === 10_000, 'all points');
    await panel.nextFrames(2);
    const after = await panel.inspect();
    const series = after.curves.series[0];
    assert.equal(series.name, 'loss');
    assert.equal(series.runId, 1);
    assert.equal(series.length, 10_000, 'every point kept');
    assert.equal(series.lastStep, 9_999);
    assert.equal(series.lastValue, lossAt(9_999));
    const draws = after.curves.draws - draws0;
    console.log(
      `      10,000 points in 100 batches: ${draws} redraws, slowest ${after.curves.maxDrawMs.toFixed(1)} ms, last ${after.curves.lastDrawMs.toFixed(1)} ms`,
    );
    assert.ok(draws <= 100 + 3, `at most one redraw per batch (${draws})`);
    assert.ok(
      after.curves.lastDrawMs < 16,
      `a redraw of 10,000 points fits in a frame (${after.curves.lastDrawMs} ms)`,
    );
    assert.ok(s.curves.plotRect, 'the chart has a plot area');
  });

  it('draws the curve all the way to the right edge of the plot area', async () => {
    const s = await panel.inspect();
    const r = s.curves.plotRect!;
    // The last point (step 9,999) is at the right edge: the column just inside it has ink in
    // the series colour (charts-blue) near where the last value maps.
    const hits = await panel.page.evaluate(
      ({ x, top, bottom }) => {
        const c = document.querySelector('.loss-view canvas') as HTMLCanvasElement;
        const k = c.width / c.clientWidth;
        const ctx = c.getContext('2d')!;
        const out: number[] = [];
        for (let y = Math.floor(top); y <= bottom; y++) {
          const d = ctx.getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data;
          if (d[2] > 180 && d[0] < 120) out.push(y);
        }
        return out;
      },
      { x: r.right - 1, top: r.top, bottom: r.bottom },
    );
    assert.ok(hits.length > 0, 'the series colour reaches the right edge');
    // Near the bottom: the loss has decayed to ~0.04 of a 0–0.93 axis.
    assert.ok(
      hits[0] > r.top + (r.bottom - r.top) * 0.8,
      `ends low (${hits[0]} in ${r.top}..${r.bottom})`,
    );
    // The first point is at the left edge, high up.
    const left = await panel.canvasInk('.loss-view canvas', {
      x: r.left + 1,
      y: r.top,
      width: 2,
      height: (r.bottom - r.top) * 0.2,
    });
    assert.ok(left.ink > 0, 'the curve starts at the top left');
  });

  it('reads out step and value on hover', async () => {
    const s = await panel.inspect();
    const r = s.curves.plotRect!;
    const canvas = (await panel.page.locator('.loss-view canvas').boundingBox())!;
    // Halfway across: step ≈ 5,000.
    await panel.page.mouse.move(
      canvas.x + (r.left + r.right) / 2,
      canvas.y + (r.top + r.bottom) / 2,
    );
    const readout = panel.page.locator('.loss-view .readout');
    await readout.waitFor({ state: 'visible' });
    const title = await readout.locator('.readout-title').innerText();
    const step = Number(/step (\d+)/.exec(title)![1]);
    assert.ok(Math.abs(step - 5000) < 30, `hovered step ${step}`);
    const value = await readout.locator('.readout-value').innerText();
    assert.equal(Number(value), Number(lossAt(step).toPrecision(6)));
    assert.match(await readout.locator('.readout-label').innerText(), /^loss · run 1$/);
    await panel.page.mouse.move(canvas.x + 2, canvas.y + 2);
    await readout.waitFor({ state: 'hidden' });
  });

  it('reads out values from the keyboard too', async () => {
    await panel.page.locator('.loss-view canvas').focus();
    await panel.page.keyboard.press('End');
    const live = panel.page.locator('.loss-view .sr-only');
    await panel.page.waitForFunction(() =>
      (document.querySelector('.loss-view .sr-only')?.textContent ?? '').includes('9999'),
    );
    assert.match(await live.innerText(), /step 9999/);
    await panel.page.keyboard.press('Escape');
  });

  it('switches to a log scale and back', async () => {
    const button = panel.page.getByRole('button', { name: 'Log scale' });
    const before = await panel.page
      .locator('.loss-view canvas')
      .evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await panel.waitFor((s) => s.curves.logScale, 'log scale');
    await panel.nextFrames(2);
    const logged = await panel.page
      .locator('.loss-view canvas')
      .evaluate((c: HTMLCanvasElement) => c.toDataURL());
    assert.notEqual(logged, before, 'the picture changed');
    // Still reaching the right edge on a log axis, and the user's choice is remembered.
    const saved = await panel.page.evaluate(
      () => (window as unknown as { __savedState: { logScale: boolean } }).__savedState,
    );
    assert.equal(saved.logScale, true);
    await button.click();
    await panel.waitFor((s) => !s.curves.logScale, 'linear scale');
  });

  it('draws a moving average over the faint raw points with Smooth, and remembers it', async () => {
    const button = panel.page.getByRole('button', { name: 'Smooth' });
    const canvasLocator = panel.page.locator('.loss-view canvas');
    const before = await canvasLocator.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await panel.waitFor((s) => s.curves.smooth, 'smoothed');
    await panel.nextFrames(2);
    const smoothed = await canvasLocator.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    assert.notEqual(smoothed, before, 'the picture changed');
    const saved = await panel.page.evaluate(
      () => (window as unknown as { __savedState: { smooth: boolean } }).__savedState,
    );
    assert.equal(saved.smooth, true);
    // The read-out has both: the raw value and TensorBoard's debiased moving average (0.9).
    const r = (await panel.inspect()).curves.plotRect!;
    const canvas = (await canvasLocator.boundingBox())!;
    await panel.page.mouse.move(canvas.x + r.left + (r.right - r.left) * 0.3, canvas.y + r.top + 5);
    const readout = panel.page.locator('.loss-view .readout');
    await readout.waitFor({ state: 'visible' });
    const step = Number(/step (\d+)/.exec(await readout.locator('.readout-title').innerText())![1]);
    const labels = await readout.locator('.readout-label').allInnerTexts();
    assert.deepEqual(labels, ['loss · run 1', 'loss · run 1 (smoothed)']);
    const values = (await readout.locator('.readout-value').allInnerTexts()).map(Number);
    let ema = 0;
    let weight = 0;
    for (let k = 0; k <= step; k++) {
      ema = 0.9 * ema + 0.1 * lossAt(k);
      weight = 0.9 * weight + 0.1;
    }
    assert.equal(values[0], Number(lossAt(step).toPrecision(6)));
    assert.equal(values[1], Number((ema / weight).toPrecision(6)));
    await panel.page.mouse.move(canvas.x + 2, canvas.y + 2);
    await readout.waitFor({ state: 'hidden' });
    await button.click();
    await panel.waitFor((s) => !s.curves.smooth, 'raw again');
  });

  it('keeps one series per run and name, and exports every point as CSV and the chart as PNG', async () => {
    const second: LossBatch = {
      name: 'loss',
      runId: 2,
      points: [
        { step: 0, value: 0.8 },
        { step: 1, value: 0.6 },
      ],
    };
    const acc: LossBatch = {
      name: 'acc',
      runId: 2,
      points: [
        { step: 0, value: 0.5 },
        { step: 1, value: 0.75 },
      ],
    };
    await panel.send({ type: 'loss', batches: [second, acc] });
    const s = await panel.waitFor((t) => t.curves.series.length === 3, 'three series');
    assert.deepEqual(
      s.curves.series.map((x) => [x.name, x.runId, x.length]),
      [
        ['loss', 1, 10_000],
        ['loss', 2, 2],
        ['acc', 2, 2],
      ],
    );
    await panel.clearPosted();
    await panel.page.getByRole('button', { name: 'Export CSV' }).click();
    await panel.page.locator('.loss-view').getByRole('button', { name: 'Export PNG' }).click();
    await panel.page.waitForFunction(
      () =>
        (window as unknown as { __posted: { type: string }[] }).__posted.filter(
          (m) => m.type === 'export',
        ).length === 2,
    );
    const exports = (await panel.posted()).filter(
      (m): m is Extract<FromPanel, { type: 'export' }> => m.type === 'export',
    );
    const csv = exports.find((m) => m.format === 'csv')!;
    assert.equal(csv.fileName, 'toygrad-loss.csv');
    const lines = csv.data.trimEnd().split('\n');
    assert.equal(lines[0], 'run,name,step,value');
    assert.equal(lines.length, 1 + 10_000 + 2 + 2);
    assert.equal(lines[1], `run 1,loss,0,${lossAt(0)}`);
    assert.equal(lines[10_000], `run 1,loss,9999,${lossAt(9_999)}`);
    assert.equal(lines[10_003], 'run 2,acc,0,0.5');
    const png = exports.find((m) => m.format === 'png')!;
    assert.match(png.data, /^data:image\/png;base64,/);
  });

  it('hides a series from its legend button', async () => {
    const toggle = panel.page.locator('.series-toggle', { hasText: 'acc · run 2' });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  });

  it('clears on the Clear button (telling the extension) and on a clearLoss message', async () => {
    await panel.clearPosted();
    await panel.page.getByRole('button', { name: 'Clear' }).click();
    await panel.waitFor((s) => s.curves.series.length === 0, 'cleared');
    assert.deepEqual(await panel.posted(), [{ type: 'clearLoss' }]);
    await panel.send({
      type: 'loss',
      batches: [{ name: 'loss', runId: 3, points: [{ step: 0, value: 1 }] }],
    });
    await panel.waitFor((s) => s.curves.series.length === 1, 'a new point');
    await panel.send({ type: 'clearLoss' });
    await panel.waitFor((s) => s.curves.series.length === 0, 'cleared by message');
    assert.deepEqual(
      await panel.posted(),
      [{ type: 'clearLoss' }],
      'a clearLoss message is not echoed back',
    );
  });
});

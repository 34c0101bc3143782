// plot() line charts and the decision boundary.
import * as assert from 'node:assert/strict';
import type { FromPanel } from '../../src/kernel/protocol';
import { moonsBoundary } from './fixtures/boundary';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

describe('webview panel: plots and decision boundary (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let panel: PanelPage;

  before(async () => {
    browser = await launchBrowser();
    panel = await PanelPage.open(browser);
  });
  after(async () => {
    const problems = panel ? await panel.problems() : [];
    await browser?.close();
    assert.deepEqual(problems, []);
  });

  it('shows an empty state until something is plotted', async () => {
    await panel.page.getByRole('tab', { name: 'Plots' }).click();
    assert.match(await panel.page.locator('.plots-view .empty').innerText(), /No plots yet/);
  });

  it('draws a line chart per plot name, and replaces it when the name comes again', async () => {
    const xs = Array.from({ length: 200 }, (_, i) => i / 20);
    await panel.send({ type: 'plot', plot: { name: 'sin', xs, ys: xs.map(Math.sin) } });
    await panel.send({
      type: 'plot',
      plot: { name: 'lr', xs: [0, 1, 2, 3], ys: [0.1, 0.05, 0.025, 0.0125] },
    });
    let s = await panel.waitFor((t) => t.plots.names.length === 2, 'two plots');
    assert.deepEqual(s.plots.names, ['sin', 'lr']);
    assert.equal(await panel.page.locator('.plots-view .empty').isVisible(), false);
    await panel.nextFrames(2);
    const ink = await panel.canvasInk('.card:nth-child(1) canvas');
    assert.ok(ink.ink > 500, `the sin chart is drawn (${ink.ink} px)`);
    await panel.send({ type: 'plot', plot: { name: 'sin', xs: [0, 1], ys: [0, 1] } });
    s = await panel.waitFor((t) => t.plots.points[0] === 2, 'replaced');
    assert.deepEqual(s.plots.names, ['sin', 'lr'], 'same place, same count');
    assert.equal(await panel.page.locator('.card').count(), 2);
    assert.match(
      await panel.page.locator('.card').first().locator('.card-sub').innerText(),
      /^2 points$/,
    );
  });

  it('draws the decision boundary: heatmap, 0 contour, points by label', async () => {
    await panel.send({ type: 'boundary', boundary: moonsBoundary() });
    const s = await panel.waitFor((t) => (t.plots.boundary?.draws ?? 0) > 0, 'boundary drawn');
    assert.equal(s.plots.boundary!.points, 100);
    assert.ok(
      s.plots.boundary!.contourSegments > 40,
      `a contour (${s.plots.boundary!.contourSegments} segments)`,
    );
    // It comes first, full width.
    assert.equal(
      await panel.page.locator('.card').first().locator('.card-title').innerText(),
      'Decision boundary',
    );
    await panel.nextFrames(2);
    // Both classes' colours are on the canvas: reddish and bluish pixels, plenty of each.
    const counts = await panel.page.evaluate(() => {
      const c = document.querySelector('.boundary-chart canvas') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let red = 0;
      let blue = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] > d[i + 2] + 40) red++;
        if (d[i + 2] > d[i] + 40) blue++;
      }
      return { red, blue, total: d.length / 4 };
    });
    assert.ok(counts.red > counts.total * 0.1, `red area (${counts.red})`);
    assert.ok(counts.blue > counts.total * 0.1, `blue area (${counts.blue})`);
    // Hover reads the interpolated score.
    const box = (await panel.page.locator('.boundary-chart canvas').boundingBox())!;
    await panel.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const readout = panel.page.locator('.boundary-chart .readout');
    await readout.waitFor({ state: 'visible' });
    assert.match(await readout.innerText(), /score -?\d.*→ class [+−]1/);
  });

  it('exports a plot as PNG', async () => {
    await panel.clearPosted();
    await panel.page.getByRole('button', { name: 'Export Decision boundary as PNG' }).click();
    await panel.page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some(
        (m) => m.type === 'export',
      ),
    );
    const m = (await panel.posted())[0] as Extract<FromPanel, { type: 'export' }>;
    assert.equal(m.format, 'png');
    assert.equal(m.fileName, 'toygrad-boundary.png');
    assert.match(m.data, /^data:image\/png;base64,/);
  });
});

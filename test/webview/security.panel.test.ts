// The panel's CSP is real and enforced in these tests, and program strings never run.
import * as assert from 'node:assert/strict';
import type { FromPanel } from '../../src/kernel/protocol';
import { lectureGraph } from './fixtures/lectureGraph';
import { launchBrowser, PanelPage, type Browser } from './harness/panelPage';

const XSS = '<img src=x onerror=alert(1)>';

describe('webview panel: security (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('serves the CSP from panelHtml.ts, and the browser enforces it', async () => {
    const panel = await PanelPage.open(browser);
    const csp = await panel.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.equal(
      csp,
      `default-src 'none'; script-src 'nonce-${browser.server.nonce}'; style-src ${browser.server.origin}; ` +
        `style-src-attr 'unsafe-inline'; img-src ${browser.server.origin} data: blob:; font-src ${browser.server.origin};`,
    );
    assert.deepEqual(await panel.violations(), [], 'loading the panel violates nothing');
    // Control: what the policy forbids is really blocked (and reported) in this page.
    const ran = await panel.page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(1, 2, 3) !important }';
      document.head.appendChild(style);
      const img = document.createElement('img');
      img.src = 'https://example.com/x.png';
      document.body.appendChild(img);
      await new Promise((r) => setTimeout(r, 200));
      return {
        inline: w.__inlineRan === true,
        bg: getComputedStyle(document.body).backgroundColor,
      };
    });
    assert.equal(ran.inline, false, 'an inline script without the nonce does not run');
    assert.notEqual(ran.bg, 'rgb(1, 2, 3)', 'an inline <style> does not apply');
    const directives = (await panel.violations()).map((v) => v.directive).sort();
    assert.deepEqual(directives, ['img-src', 'script-src-elem', 'style-src-elem']);
    await panel.close();
  });

  it('shows a hostile label as text everywhere: graph, tooltip, details, SVG; nothing runs', async () => {
    const panel = await PanelPage.open(browser);
    await panel.send({ type: 'graph', graph: lectureGraph(XSS) });
    await panel.waitFor((s) => (s.graph?.timings?.firstDrawAt ?? 0) > 0, 'draw');
    await panel.nextFrames(2);
    const a = await panel.graphNode('v1');
    assert.equal(
      a.label,
      `${XSS} | data 2.0000 | grad 6.0000`,
      'vis-network holds the literal text',
    );
    // Hover: the tooltip shows the label literally.
    await panel.page.mouse.move(a.clientX!, a.clientY!);
    await panel.page.locator('.graph-tip').waitFor({ state: 'visible' });
    assert.equal(await panel.page.locator('.graph-tip .tip-title').innerText(), XSS);
    // Click: the details line shows it literally too.
    await panel.page.mouse.click(a.clientX!, a.clientY!);
    await panel.waitFor((s) => s.graph!.selected === 'v1', 'selected');
    assert.equal(await panel.page.locator('.details .details-name').innerText(), XSS);
    // The SVG export escapes it.
    await panel.clearPosted();
    await panel.page.getByRole('button', { name: 'Export SVG' }).click();
    await panel.page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some(
        (m) => m.type === 'export',
      ),
    );
    const svg = (await panel.posted()).find(
      (m): m is Extract<FromPanel, { type: 'export' }> => m.type === 'export',
    )!;
    assert.ok(svg.data.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!svg.data.includes('<img'));
    // Nothing became an element, nothing ran, nothing was fetched.
    assert.equal(await panel.page.locator('img').count(), 0);
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  it('shows hostile curve and plot names as text', async () => {
    const panel = await PanelPage.open(browser);
    await panel.send({
      type: 'loss',
      batches: [
        {
          name: XSS,
          runId: 1,
          points: [
            { step: 0, value: 1 },
            { step: 1, value: 0.5 },
          ],
        },
      ],
    });
    await panel.send({ type: 'plot', plot: { name: XSS, xs: [0, 1, 2], ys: [1, 4, 9] } });
    await panel.page.getByRole('tab', { name: 'Loss curves' }).click();
    await panel.waitFor((s) => s.curves.series.length === 1, 'curve');
    assert.equal(await panel.page.locator('.series-toggle').innerText(), `${XSS} · run 1`);
    await panel.page.getByRole('tab', { name: 'Plots' }).click();
    assert.equal(await panel.page.locator('.card-title').innerText(), XSS);
    assert.equal(await panel.page.locator('img').count(), 0);
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });

  it('ignores messages that are not panel messages', async () => {
    const panel = await PanelPage.open(browser);
    await panel.page.evaluate(() => {
      window.postMessage('hello', '*');
      window.postMessage({ type: 'graph', graph: '<script>' }, '*');
      window.postMessage({ type: 'eval', code: 'alert(1)' }, '*');
      window.postMessage(null, '*');
    });
    await panel.nextFrames(2);
    const s = await panel.inspect();
    assert.equal(s.messages, 0);
    assert.equal(s.graph, null);
    assert.deepEqual(await panel.problems(), []);
    await panel.close();
  });
});

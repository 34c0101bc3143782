// The notebook renderer (dist/renderer.js, an ES module) in headless Chromium, as VS Code's
// output webview loads it: a page whose CSP allows only this origin's files and inline style
// attributes, the renderer's activate() called with a stand-in context that records what it
// posts. Screenshots land in test-artifacts/screenshots/renderer-*.png.
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chartOutput } from '../../src/kernel/outputs/chartOutput';
import { graphOutput } from '../../src/kernel/outputs/graphOutput';
import { boundaryOutput, plotOutput } from '../../src/kernel/outputs/plotOutput';
import type { OutputItemData } from '../../src/kernel/outputs/outputMimes';
import type { GraphPayload, KernelEvent } from '../../src/kernel/protocol';
import { Session } from '../../src/kernel/session';
import { launchBrowser, type Browser } from './harness/panelPage';
import { repoRoot } from './harness/repoRoot';
import { THEMES, type ThemeName } from './harness/themes';

const NONCE = 'cmVuZGVyZXItdGVzdC1ub25jZQ==';

function drawn(code: string): GraphPayload {
  const events: KernelEvent[] = [];
  const s = new Session({ emit: (e) => events.push(e), maxGraphNodes: 1e7, maxRunMillis: 60_000 });
  s.handle({ type: 'run', runId: 1, cellId: 'c', code, firstLine: 2 });
  return events.filter((e) => e.type === 'draw').pop()!.graph;
}

const LECTURE = [
  "a = Value(2.0, label='a')",
  "b = Value(-3.0, label='b')",
  "c = Value(10.0, label='<img src=x onerror=alert(1)>')",
  "e = a*b; e.label = 'e'",
  "d = e + c; d.label = 'd'",
  "f = Value(-2.0, label='f')",
  "L = d * f; L.label = 'L'",
  'L.backward()',
  'draw(L)',
].join('\n');

function page(origin: string, theme: ThemeName): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${NONCE}' ${origin}`,
    `style-src ${origin}`,
    "style-src-attr 'unsafe-inline'",
    `img-src ${origin} data: blob:`,
  ].join('; ');
  // As an attribute value: the font lists' quotes must not end the attribute (they did, and
  // every variable after the first font list was lost: unstyled buttons in the light theme).
  const vars = Object.entries(THEMES[theme])
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ')
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;');
  return `<!DOCTYPE html><html style="${vars}"><head>
<meta http-equiv="Content-Security-Policy" content="${csp}">
</head><body class="vscode-${theme}" data-vscode-theme-kind="vscode-${theme}">
<script type="module" nonce="${NONCE}">
import { activate } from '${origin}/dist/renderer.js';
window.__posted = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
const renderer = activate({ postMessage: (m) => window.__posted.push(m) });
window.__render = async (items) => {
  for (const it of items) {
    const div = document.createElement('div');
    div.id = it.id;
    div.style.margin = '8px';
    if (it.width) div.style.width = it.width;
    document.body.append(div);
    await renderer.renderOutputItem({ id: it.id, mime: it.mime, text: () => it.text }, div);
  }
};
</script></body></html>`;
}

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

describe('notebook renderer: graph and chart outputs (Chromium)', function () {
  let browser: Browser;
  const shots = join(repoRoot(), 'test-artifacts', 'screenshots');

  before(async () => {
    browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  async function open(
    theme: ThemeName,
    items: (OutputItemData & { id: string; width?: string })[],
  ) {
    const origin = browser.server.origin;
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 1000, height: 1200 });
    const opened: Opened = { page: p, requests: [], errors: [], dialogs: [] };
    p.on('request', (r) => opened.requests.push(r.url()));
    p.on('pageerror', (e) => opened.errors.push(String(e)));
    p.on('console', (m) => m.type() === 'error' && opened.errors.push(m.text()));
    p.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    await p.route(`${origin}/renderer.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: page(origin, theme) }),
    );
    await p.goto(`${origin}/renderer.html`);
    await p.waitForFunction(() => '__render' in window);
    await p.evaluate(
      (list) => (window as unknown as { __render(l: unknown): Promise<void> }).__render(list),
      items,
    );
    return opened;
  }

  const outputs = (p: Page) => p.evaluate(() => window.toygradRenderer!.outputs());

  it('draws a graph output with the panel’s graph, under a strict CSP, offline; reveals a clicked Value and exports SVG', async () => {
    const [graph] = graphOutput(drawn(LECTURE), 'draw(L)');
    const [chart] = chartOutput(
      [{ name: 'loss', steps: [0, 1, 2, 3], values: [2, 1.2, 0.7, 0.4], total: 4 }],
      'loss',
    );
    const o = await open('light', [
      { id: 'g', ...graph },
      { id: 'c', ...chart },
    ]);
    await o.page.waitForFunction(() => {
      const g = window.toygradRenderer!.outputs().find((x) => x.id === 'g');
      return g !== undefined && g.nodes.length > 0 && g.nodes.every((n) => n.clientX !== null);
    });
    const [g, c] = await outputs(o.page);
    assert.equal(g.kind, 'graph');
    assert.equal(c.kind, 'chart');
    // 7 Values and 3 operations, as micrograd's draw_dot.
    assert.equal(g.nodes.length, 10);
    assert.ok(g.nodes.some((n) => n.label.includes('<img src=x onerror=alert(1)>')));
    const chartLines = await o.page.evaluate(
      () => document.getElementById('c')!.shadowRoot!.querySelectorAll('svg polyline').length,
    );
    assert.equal(chartLines, 1);
    // The panel's stylesheets come with the renderer (VS Code for the Web refused them as
    // separate loads): its buttons have the panel's look, and no stylesheet is fetched.
    const button = await o.page.evaluate(() => {
      const b = document.getElementById('g')!.shadowRoot!.querySelector('button')!;
      const style = getComputedStyle(b);
      return [style.borderRadius, style.backgroundColor, style.color];
    });
    // VS Code's light theme's secondary button colours (#e5e5e5 on #3b3b3b), not the fallback.
    assert.deepEqual(button, ['2px', 'rgb(229, 229, 229)', 'rgb(59, 59, 59)']);
    assert.deepEqual(
      o.requests.filter((u) => u.endsWith('.css')),
      [],
    );
    await o.page.screenshot({ path: join(shots, 'renderer-light.png') });

    const e = g.nodes.find((n) => n.label.startsWith('e'))!;
    await o.page.mouse.click(e.clientX!, e.clientY!);
    await o.page.waitForFunction(
      () => (window as unknown as { __posted: unknown[] }).__posted.length > 0,
    );
    const posted = await o.page.evaluate(
      () => (window as unknown as { __posted: unknown[] }).__posted,
    );
    assert.deepEqual(posted[0], { type: 'reveal', line: 5, col: 5 });

    // The graph's Export SVG button asks the extension to save the picture.
    await o.page.locator('#g button', { hasText: 'Export SVG' }).click();
    await o.page.waitForFunction(
      () => (window as unknown as { __posted: unknown[] }).__posted.length > 1,
    );
    const exported = (
      await o.page.evaluate(
        () => (window as unknown as { __posted: { type: string; data?: string }[] }).__posted,
      )
    )[1];
    assert.equal(exported.type, 'export');
    assert.match(exported.data ?? '', /^<svg /);

    const violations = await o.page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(o.errors, []);
    assert.deepEqual(o.dialogs, []);
    const origin = browser.server.origin;
    assert.deepEqual(
      o.requests.filter((u) => !u.startsWith(`${origin}/`)),
      [],
      'no request leaves the page’s origin',
    );
    await o.page.close();
  });

  it('opens a big graph grouped (neurons and layers as boxes) in the dark theme', async () => {
    const [graph] = graphOutput(
      drawn(
        [
          'seed(0)',
          'model = MLP(2, [16, 16, 1])',
          'xs = [[0.5, -1.0], [1.0, 0.2], [-0.3, 0.8], [0.9, 0.9]]',
          'loss = sum((1 + -y * model(x)).relu() for x, y in zip(xs, [1, -1, 1, -1]))',
          'loss.backward()',
          'draw(loss)',
        ].join('\n'),
      ),
      'draw(out)',
    );
    const o = await open('dark', [{ id: 'g', ...graph }]);
    await o.page.waitForFunction(() => {
      const g = window.toygradRenderer!.outputs()[0];
      return g !== undefined && g.nodes.length > 0 && g.nodes.every((n) => n.clientX !== null);
    });
    const [g] = await outputs(o.page);
    assert.ok(g.graph!.nodeCount < 2000, `${g.graph!.nodeCount} nodes drawn`);
    assert.ok(g.graph!.collapsed.length > 0, 'starts with groups collapsed');
    assert.ok(
      g.nodes.some((n) => n.shape === 'stack'),
      'group boxes are drawn',
    );
    await o.page.screenshot({ path: join(shots, 'renderer-dark-grouped.png') });
    assert.deepEqual(o.errors, []);
    await o.page.close();
  });

  // VS Code lays an output out after the renderer has drawn into it: the element gets its
  // final width (and, narrower, the toolbar wraps and the canvas gets shorter) a moment later.
  // The first view must be taken, or taken again, at the size it settles to.
  for (const [from, to] of [
    ['1000px', '420px'],
    ['0px', '420px'],
    ['160px', '700px'],
  ] as const) {
    it(`shows every node of the first view when the output goes from ${from} to ${to} wide`, async () => {
      const [graph] = graphOutput(drawn(LECTURE), 'draw(L)');
      const o = await open('light', [{ id: 'g', width: from, ...graph }]);
      await o.page.evaluate((w) => {
        document.getElementById('g')!.style.width = w;
      }, to);
      await o.page.waitForFunction(() => {
        const g = window.toygradRenderer!.outputs()[0];
        return g !== undefined && g.nodes.length === 10 && g.nodes.every((n) => n.clientX !== null);
      });
      // Let the resize observers and vis-network's own settle.
      await o.page.waitForTimeout(600);
      const seen = await o.page.evaluate(() => {
        const g = window.toygradRenderer!.outputs()[0];
        const canvas = document.getElementById('g')!.shadowRoot!.querySelector('canvas')!;
        const r = canvas.getBoundingClientRect();
        const scale = g.graph!.scale;
        return {
          canvas: [r.left, r.top, r.right, r.bottom],
          viewMode: g.graph!.viewMode,
          outside: g.nodes
            .map((n) => ({
              label: n.label.split('|')[0],
              box: [
                n.clientX! - (n.width * scale) / 2,
                n.clientY! - (n.height * scale) / 2,
                n.clientX! + (n.width * scale) / 2,
                n.clientY! + (n.height * scale) / 2,
              ],
            }))
            .filter(
              (n) =>
                n.box[0] < r.left - 0.5 ||
                n.box[1] < r.top - 0.5 ||
                n.box[2] > r.right + 0.5 ||
                n.box[3] > r.bottom + 0.5,
            ),
        };
      });
      await o.page.screenshot({
        path: join(shots, `renderer-resized-${from}-${to}.png`),
      });
      assert.equal(seen.viewMode, 'initial');
      assert.deepEqual(seen.outside, [], JSON.stringify(seen));
      assert.deepEqual(o.errors, []);
      await o.page.close();
    });
  }

  it('says so, as text, for an output of an unknown version', async () => {
    const o = await open('light', [
      { id: 'x', mime: 'application/vnd.toygrad.graph+json', text: '{"version":99}' },
    ]);
    const text = await o.page.evaluate(
      () =>
        document.getElementById('x')!.shadowRoot!.querySelector('.tg-output-message')!.textContent,
    );
    assert.equal(text, 'This graph was saved by another version of ToyGrad.');
    await o.page.close();
  });

  for (const theme of ['dark', 'light'] as const) {
    it(`draws plot() and boundary() outputs as the panel's charts, in the ${theme} theme`, async () => {
      const events: KernelEvent[] = [];
      const s = new Session({
        emit: (e) => events.push(e),
        maxGraphNodes: 1e7,
        maxRunMillis: 60_000,
      });
      const code = [
        'seed(1337)',
        'X, y = moons(100, noise=0.1)',
        'model = MLP(2, [8, 1])',
        "plot([0.1 * k for k in range(40)], [math.sin(0.1 * k) for k in range(40)], name='sin')",
        'boundary(model, X, y)',
      ].join('\n');
      s.handle({ type: 'run', runId: 1, cellId: 'c', code: `import math\n${code}`, firstLine: 1 });
      let plot: ReturnType<typeof plotOutput> | null = null;
      let boundary: ReturnType<typeof boundaryOutput> | null = null;
      for (const e of events) {
        if (e.type === 'plot') plot = plotOutput(e.plot);
        if (e.type === 'boundary') boundary = boundaryOutput(e.boundary);
      }
      assert.ok(plot && boundary, JSON.stringify(events.filter((e) => e.type === 'error')));
      const o = await open(theme, [
        { id: 'p', ...plot[0] },
        { id: 'b', ...boundary[0] },
      ]);
      const kinds = (await outputs(o.page)).map((x) => x.kind);
      assert.deepEqual(kinds, ['plot', 'boundary']);
      // Each chart is a canvas the panel's chart code painted (not blank: many colours).
      const colours = await o.page.evaluate(() =>
        ['p', 'b'].map((id) => {
          const canvas = document.getElementById(id)!.shadowRoot!.querySelector('canvas')!;
          const { width, height } = canvas;
          const px = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
          const seen = new Set<number>();
          for (let i = 0; i < px.length; i += 4 * 97)
            seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
          return { width, height, colours: seen.size };
        }),
      );
      for (const c of colours) {
        assert.ok(c.width > 100 && c.height > 100, JSON.stringify(colours));
        assert.ok(c.colours > 5, JSON.stringify(colours));
      }
      const violations = await o.page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(o.errors, []);
      await o.page.screenshot({ path: join(shots, `renderer-plots-${theme}.png`), fullPage: true });
      await o.page.close();
    });
  }
});

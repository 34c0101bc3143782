// An .ipynb with a draw cell in the packaged extension, as a person uses it: open it from the
// explorer (VS Code's built-in Jupyter support shows it as a notebook), pick ToyGrad in the
// kernel picker, run the cell, and see the compute graph drawn inline in the cell's output
// by ToyGrad's notebook renderer, in the dark and in the light theme
// (screenshots jupyter-draw-dark.png, jupyter-draw-light.png).
//   npm run package && node scripts/e2e/run-ui-tests.mjs --vsix toygrad-0.1.0.vsix --grep Jupyter
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { Workbench } from './driver';
import { withWorkbench } from './workbenchSuite';
import { selectors } from './selectors';

const DRAW_CELL = [
  "a = Value(2.0, label='a')",
  "b = Value(-3.0, label='b')",
  "c = Value(10.0, label='c')",
  "e = a*b; e.label = 'e'",
  "d = e + c; d.label = 'd'",
  "f = Value(-2.0, label='f')",
  "L = d * f; L.label = 'L'",
  'L.backward()',
  'draw(L)',
].join('\n');

const PLOTS_CELL = [
  'seed(1337)',
  'X, y = moons(100, noise=0.1)',
  'model = MLP(2, [8, 1])',
  "plot([k * k for k in range(10)], name='squares')",
  'boundary(model, X, y)',
].join('\n');

/** A notebook as Jupyter writes one, with no kernel chosen yet: the person picks it. */
function notebookFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'toygrad-ui-ipynb-'));
  const notebook = {
    cells: [
      { cell_type: 'markdown', id: 'm0', metadata: {}, source: '# The lecture’s expression' },
      {
        cell_type: 'code',
        execution_count: null,
        id: 'c0',
        metadata: {},
        outputs: [],
        source: DRAW_CELL,
      },
      {
        cell_type: 'code',
        execution_count: null,
        id: 'c1',
        metadata: {},
        outputs: [],
        source: PLOTS_CELL,
      },
    ],
    metadata: { language_info: { name: 'python' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  writeFileSync(join(folder, 'lecture.ipynb'), JSON.stringify(notebook, null, 1));
  return folder;
}

interface RenderedOutput {
  kind: string;
  graph: { nodes: number } | null;
  nodes: { label: string }[];
}

/** The outputs ToyGrad's renderer drew, read in the notebook's output frame. */
async function rendered(wb: Workbench): Promise<{ frame: Frame; outputs: RenderedOutput[] }> {
  for (const frame of wb.page.frames()) {
    const outputs = await frame
      .evaluate(
        () =>
          (
            window as unknown as { toygradRenderer?: { outputs(): RenderedOutput[] } }
          ).toygradRenderer?.outputs() ?? null,
      )
      .catch(() => null);
    if (outputs !== null && outputs.length > 0) return { frame, outputs };
  }
  return { frame: wb.page.mainFrame(), outputs: [] };
}

async function waitForGraph(wb: Workbench, timeoutMs: number): Promise<RenderedOutput[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { outputs } = await rendered(wb);
    if (outputs.some((o) => o.kind === 'graph' && o.nodes.length > 0)) return outputs;
    if (Date.now() > deadline) {
      await wb.screenshot('failed-jupyter-draw');
      assert.fail(`no graph output rendered; outputs seen: ${JSON.stringify(outputs)}`);
    }
    await wb.page.waitForTimeout(500);
  }
}

describe('UI: Jupyter notebook with a draw cell on the ToyGrad kernel (packaged extension)', function () {
  this.timeout(240_000);
  let wb: Workbench;

  withWorkbench(notebookFolder, (opened) => (wb = opened));

  it('opens the .ipynb as a notebook, not as JSON text', async () => {
    await wb.openNotebook('lecture.ipynb', 'ToyGrad: Import Jupyter Notebook');
    await wb.page
      .locator(selectors.notebookCell, { hasText: 'draw(L)' })
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('offers ToyGrad in the kernel picker and runs the cell on it', async () => {
    await wb.page.locator(selectors.notebookKernelPicker).first().click();
    const row = wb.page.locator(selectors.quickInputRow).filter({
      has: wb.page.locator(selectors.quickInputRowLabel, { hasText: /^\s*ToyGrad\s*$/ }),
    });
    await row.first().click({ timeout: 60_000 });
    await wb.page.locator(selectors.quickInput).waitFor({ state: 'hidden' });
    await wb.page
      .locator(selectors.notebookKernelPicker, { hasText: 'ToyGrad' })
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    await wb.runCommand('Notebook: Run All');
    const outputs = await waitForGraph(wb, 120_000);
    const graph = outputs.find((o) => o.kind === 'graph');
    const labels = graph?.nodes.map((n) => n.label) ?? [];
    // L = (a*b + c) * f = -8, its record drawn as draw_dot draws it.
    assert.ok(
      labels.some((l) => /\bL\b/.test(l) && /-8\.0000/.test(l)),
      `graph nodes: ${JSON.stringify(labels)}`,
    );
  });

  it('shows the graph inline in the output, in the dark theme and in the light', async () => {
    const theme = async () =>
      /\bvs-dark\b/.test((await wb.page.locator(selectors.workbench).getAttribute('class')) ?? '')
        ? 'dark'
        : 'light';
    const { frame } = await rendered(wb);
    const output = frame.locator('.tg-graph-output').first();
    await output.waitFor({ state: 'visible', timeout: 30_000 });
    // The graph fits itself to its box after its first layout: give it that moment.
    await wb.page.waitForTimeout(1500);
    const first = await theme();
    await wb.screenshot(`jupyter-draw-${first}`);
    await wb.runCommand('Preferences: Toggle between Light/Dark Themes');
    const deadline = Date.now() + 30_000;
    while ((await theme()) === first) {
      assert.ok(Date.now() < deadline, 'the theme did not change');
      await wb.page.waitForTimeout(250);
    }
    await waitForGraph(wb, 30_000);
    await wb.page.waitForTimeout(1500);
    await wb.screenshot(`jupyter-draw-${await theme()}`);
  });

  it('shows plot() and boundary() as charts in the next cell’s output', async () => {
    // The second cell's outputs sit below the graph, out of view, where the workbench may put
    // off rendering them (the boundary once took over a minute there on a busy machine). A
    // tall window brings them into view, as a person scrolling down would: scrolling the
    // notebook list with the wheel was not seen to work in headless Chromium.
    await wb.page.setViewportSize({ width: 1400, height: 1900 });
    const deadline = Date.now() + 120_000;
    for (;;) {
      const kinds = (await rendered(wb)).outputs.map((o) => o.kind);
      if (kinds.includes('plot') && kinds.includes('boundary')) break;
      assert.ok(Date.now() < deadline, `outputs rendered: ${kinds.join(', ')}`);
      await wb.page.waitForTimeout(500);
    }
    await wb.page.waitForTimeout(2000);
    await wb.screenshot('jupyter-plots');
  });
});
